import { randomUUID } from "node:crypto";
import type { ServerResponse } from "node:http";
import { CLIENT_ID, redirectUriOf, type SandboxContext } from "../context";
import { redirect } from "../http/respond";
import { sendErrorPage } from "../html";
import { DEFAULT_LAUNCH_OPTIONS, launchOptionsFromClaim, serializeLaunchOptions } from "../launch-options";
import { isWellFormedChallenge } from "./pkce";
import { grantScopes, splitScopes } from "./scopes";
import { readSessionClaims, signToken, verifyToken, TokenError, type SessionClaims } from "./tokens";
import { DENY_PARAM, PICKED_PATIENT_PARAM, sendPatientPicker } from "./patient-picker";

/** Codes live five minutes, like most real authorization servers. */
const CODE_LIFETIME_SECONDS = 300;

interface OAuthFailure {
  error: string;
  description: string;
}

const ACCESS_DENIED: OAuthFailure = { error: "access_denied", description: "The user denied access" };

function errorRedirect(redirectUri: string, failure: OAuthFailure, state: string | null): string {
  const url = new URL(redirectUri);
  url.searchParams.set("error", failure.error);
  url.searchParams.set("error_description", failure.description);
  if (state !== null) url.searchParams.set("state", state);
  return url.toString();
}

/** Checks made after client and redirect URI are known good; failures go back to the app (RFC 6749 §4.1.2.1). */
function protocolFailure(ctx: SandboxContext, p: URLSearchParams): OAuthFailure | undefined {
  if (p.get("response_type") !== "code") {
    return { error: "unsupported_response_type", description: "response_type must be code" };
  }
  if ((p.get("state") ?? "") === "") return { error: "invalid_request", description: "state is required" };
  if (p.get("aud") !== ctx.fhirBase) {
    return { error: "invalid_request", description: `aud must be the FHIR base URL ${ctx.fhirBase}` };
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
  const granted = grantScopes(p.get("scope") ?? "", options.denyScopes);
  return signToken(
    ctx.keys,
    "code",
    {
      ...session,
      client_id: CLIENT_ID,
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

/** GET /auth/authorize */
export async function handleAuthorize(ctx: SandboxContext, res: ServerResponse, url: URL): Promise<void> {
  const p = url.searchParams;
  if (p.get("client_id") !== CLIENT_ID) {
    sendErrorPage(res, 400, "Unknown client", `client_id is not registered here (expected "${CLIENT_ID}").`);
    return;
  }
  const redirectUri = p.get("redirect_uri");
  if (redirectUri !== redirectUriOf(ctx)) {
    sendErrorPage(res, 400, "Invalid redirect_uri", `redirect_uri must be exactly ${redirectUriOf(ctx)}.`);
    return;
  }
  const state = p.get("state");
  const failure = protocolFailure(ctx, p) ?? (p.has(DENY_PARAM) ? ACCESS_DENIED : undefined);
  const session = failure ?? (await resolveSession(ctx, p));
  if (session === "picker") {
    sendPatientPicker(ctx, res, p);
  } else if ("error" in session) {
    redirect(res, errorRedirect(redirectUri, session, state));
  } else {
    const location = new URL(redirectUri);
    location.searchParams.set("code", await issueCode(ctx, p, session));
    location.searchParams.set("state", state ?? "");
    redirect(res, location.toString());
  }
}
