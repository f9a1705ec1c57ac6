import { randomUUID } from "node:crypto";
import type { ServerResponse } from "node:http";
import { redirectUriOf, type SandboxContext } from "../context";
import { redirect } from "../http/respond";
import { sendErrorPage } from "../html";
import { DEFAULT_LAUNCH_OPTIONS, launchOptionsFromClaim, serializeLaunchOptions } from "../launch-options";
import { PERSONAS, type ClientRegistration } from "../profiles/profile";
import { oauthErrorFields, type OAuthProblem } from "./error-uri";
import { isWellFormedChallenge } from "./pkce";
import { grantScopes, splitScopes } from "./scopes";
import { readSessionClaims, signToken, verifyToken, TokenError, type SessionClaims } from "./tokens";
import { DENY_PARAM, PICKED_PATIENT_PARAM, sendPatientPicker } from "./patient-picker";

/** Codes live five minutes, like most real authorization servers. */
const CODE_LIFETIME_SECONDS = 300;

type OAuthFailure = OAuthProblem;

const ACCESS_DENIED: OAuthFailure = { error: "access_denied", description: "The user denied access" };

function errorRedirect(
  ctx: SandboxContext,
  redirectUri: string,
  failure: OAuthFailure,
  state: string | null,
): string {
  const url = new URL(redirectUri);
  for (const [key, value] of Object.entries(oauthErrorFields(ctx, "grant", failure))) {
    url.searchParams.set(key, value);
  }
  if (state !== null) url.searchParams.set("state", state);
  return url.toString();
}

/** Oracle Health: a client used with another persona's endpoint or base (`client-persona-mismatch`). */
function personaMismatch(ctx: SandboxContext, clientId: string): OAuthFailure {
  return {
    error: "unauthorized_client",
    description: `The client ${clientId} is not registered for the ${ctx.persona} persona`,
    reason: "client-persona-mismatch",
    context: { persona: ctx.persona, client: clientId },
  };
}

function audienceFailure(ctx: SandboxContext, p: URLSearchParams): OAuthFailure | undefined {
  const aud = p.get("aud");
  if (aud === ctx.fhirBase) return undefined;
  if (PERSONAS.some((persona) => ctx.personaBases[persona] === aud)) {
    return personaMismatch(ctx, p.get("client_id") ?? "");
  }
  return { error: "invalid_request", description: `aud must be the FHIR base URL ${ctx.fhirBase}` };
}

/** PKCE: required (strict, Epic), or checked only when the app sends it (Oracle Health). */
function pkceFailure(ctx: SandboxContext, p: URLSearchParams): OAuthFailure | undefined {
  if (ctx.profile.pkce === "optional" && !p.has("code_challenge") && !p.has("code_challenge_method")) {
    return undefined;
  }
  if (p.get("code_challenge_method") !== "S256") {
    return { error: "invalid_request", description: "PKCE is required: code_challenge_method must be S256" };
  }
  if (!isWellFormedChallenge(p.get("code_challenge") ?? "")) {
    return {
      error: "invalid_request",
      description: "PKCE is required: code_challenge is missing or malformed",
    };
  }
  return undefined;
}

/** Checks made after client and redirect URI are known good; failures go back to the app (RFC 6749 §4.1.2.1). */
function protocolFailure(ctx: SandboxContext, p: URLSearchParams): OAuthFailure | undefined {
  if (p.get("response_type") !== "code") {
    return { error: "unsupported_response_type", description: "response_type must be code" };
  }
  if ((p.get("state") ?? "") === "") return { error: "invalid_request", description: "state is required" };
  const early = audienceFailure(ctx, p) ?? pkceFailure(ctx, p);
  if (early !== undefined) return early;
  const scopes = splitScopes(p.get("scope") ?? "");
  if (scopes.length === 0) return { error: "invalid_scope", description: "scope is required" };
  const launch = p.get("launch");
  if (launch !== null && !scopes.includes("launch")) {
    return { error: "invalid_scope", description: "An EHR launch must request the launch scope" };
  }
  if (launch === null && scopes.includes("launch")) {
    return {
      error: "invalid_request",
      description: "The launch scope needs a launch parameter from the EHR",
    };
  }
  return undefined;
}

async function ehrSession(ctx: SandboxContext, launch: string): Promise<SessionClaims | OAuthFailure> {
  try {
    return readSessionClaims(await verifyToken(ctx.keys, "launch", launch));
  } catch (error) {
    if (error instanceof TokenError) {
      return {
        error: "invalid_request",
        description: "launch is unknown or expired; launch again from the EHR",
      };
    }
    throw error;
  }
}

function standaloneSession(ctx: SandboxContext, patientId: string): SessionClaims | undefined {
  if (!ctx.dataset.patients.some((p) => p.id === patientId)) return undefined;
  return {
    sid: randomUUID(),
    patient: patientId,
    opts: serializeLaunchOptions(DEFAULT_LAUNCH_OPTIONS),
    launchType: "standalone",
  };
}

async function issueCode(ctx: SandboxContext, p: URLSearchParams, session: SessionClaims): Promise<string> {
  const options = launchOptionsFromClaim(session.opts);
  const granted = grantScopes(p.get("scope") ?? "", options.denyScopes, ctx.profile.grantsScope);
  return signToken(
    ctx.keys,
    "code",
    {
      ...session,
      persona: ctx.persona,
      client_id: p.get("client_id"),
      redirect_uri: redirectUriOf(ctx),
      code_challenge: p.get("code_challenge"),
      scope: granted.join(" "),
    },
    { lifetimeSeconds: CODE_LIFETIME_SECONDS },
  );
}

type Resolution = SessionClaims | OAuthFailure | "picker";

/** The launch context: from the EHR's launch id, or (standalone) from the patient picked in the picker. */
async function resolveSession(ctx: SandboxContext, p: URLSearchParams): Promise<Resolution> {
  const launch = p.get("launch");
  if (launch !== null) return ehrSession(ctx, launch);
  const picked = p.get(PICKED_PATIENT_PARAM);
  if (picked === null) return "picker";
  return (
    standaloneSession(ctx, picked) ?? { error: "invalid_request", description: "Unknown patient selected" }
  );
}

function registration(ctx: SandboxContext, clientId: string | null): ClientRegistration | undefined {
  return ctx.profile.clients.find((client) => client.clientId === clientId);
}

/** GET <authorize path of the persona> (`/auth/authorize` on strict-smart) */
export async function handleAuthorize(ctx: SandboxContext, res: ServerResponse, url: URL): Promise<void> {
  const p = url.searchParams;
  const client = registration(ctx, p.get("client_id"));
  if (client === undefined) {
    const known = ctx.profile.clients.map((c) => `"${c.clientId}"`).join(" or ");
    sendErrorPage(res, 400, "Unknown client", `client_id is not registered here (expected ${known}).`);
    return;
  }
  const redirectUri = p.get("redirect_uri");
  if (redirectUri !== redirectUriOf(ctx)) {
    sendErrorPage(res, 400, "Invalid redirect_uri", `redirect_uri must be exactly ${redirectUriOf(ctx)}.`);
    return;
  }
  const state = p.get("state");
  const failure =
    (client.personas.includes(ctx.persona) ? undefined : personaMismatch(ctx, client.clientId)) ??
    protocolFailure(ctx, p) ??
    (p.has(DENY_PARAM) ? ACCESS_DENIED : undefined);
  const session = failure ?? (await resolveSession(ctx, p));
  if (session === "picker") {
    sendPatientPicker(ctx, res, p);
  } else if ("error" in session) {
    redirect(res, errorRedirect(ctx, redirectUri, session, state));
  } else {
    const location = new URL(redirectUri);
    location.searchParams.set("code", await issueCode(ctx, p, session));
    location.searchParams.set("state", state ?? "");
    redirect(res, location.toString());
  }
}
