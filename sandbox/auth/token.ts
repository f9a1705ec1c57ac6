import type { IncomingMessage, ServerResponse } from "node:http";
import type { JWTPayload } from "jose";
import { withPersona, type SandboxContext } from "../context";
import { BodyTooLargeError, isFormEncoded, readForm } from "../http/body";
import { sendJson, type Headers } from "../http/respond";
import { hasFault, launchOptionsFromClaim } from "../launch-options";
import { NO_STORE, OAuthError, sendOAuthError } from "./oauth-error";
import { isWellFormedVerifier, verifierMatches } from "./pkce";
import { splitScopes } from "./scopes";
import { buildTokenResponse } from "./token-response";
import {
  readSessionClaims,
  requireClaim,
  stringClaim,
  TokenError,
  verifyToken,
  type TokenKind,
} from "./tokens";

function required(form: URLSearchParams, name: string): string {
  const value = form.get(name);
  if (value === null || value === "") throw new OAuthError("invalid_request", `${name} is required`);
  return value;
}

async function verifyGrant(ctx: SandboxContext, kind: TokenKind, token: string): Promise<JWTPayload> {
  try {
    return await verifyToken(ctx.keys, kind, token);
  } catch (error) {
    if (error instanceof TokenError)
      throw new OAuthError(
        "invalid_grant",
        `The ${kind} is invalid or expired`,
        400,
        "code-invalid-or-expired",
      );
    throw error;
  }
}

function checkClient(ctx: SandboxContext, clientId: string): void {
  if (!ctx.profile.clients.some((client) => client.clientId === clientId)) {
    throw new OAuthError("invalid_client", "Unknown client_id", 401, "unknown-client");
  }
}

/** PKCE: a code issued with a challenge needs the matching verifier; one without (optional PKCE) needs none. */
function checkVerifier(form: URLSearchParams, challenge: string | undefined): void {
  if (challenge === undefined || challenge === "") return;
  const verifier = required(form, "code_verifier");
  if (!isWellFormedVerifier(verifier) || !verifierMatches(verifier, challenge)) {
    throw new OAuthError(
      "invalid_grant",
      "PKCE verification failed: code_verifier does not match code_challenge",
    );
  }
}

/** Millennium: refresh attempts less than a minute apart (per session) are throttled. */
function checkRefreshInterval(ctx: SandboxContext, sid: string): void {
  const interval = ctx.profile.refreshIntervalSeconds * 1000;
  if (interval <= 0) return;
  const now = Date.now();
  const last = ctx.lastRefresh.get(sid);
  if (last !== undefined && now - last < interval) {
    const wait = String(Math.ceil((interval - (now - last)) / 1000));
    throw new OAuthError(
      "invalid_request",
      `Refresh attempts less than ${ctx.profile.refreshIntervalSeconds} s apart are throttled; retry in ${wait} s`,
      429,
      "refresh-throttled",
      { "Retry-After": wait },
    );
  }
  ctx.lastRefresh.set(sid, now);
}

function rememberCode(ctx: SandboxContext, payload: JWTPayload): void {
  const now = Math.floor(Date.now() / 1000);
  for (const [jti, exp] of ctx.usedCodes) if (exp < now) ctx.usedCodes.delete(jti);
  const jti = requireClaim(payload, "jti");
  if (ctx.usedCodes.has(jti)) throw new OAuthError("invalid_grant", "The code has already been used");
  ctx.usedCodes.set(jti, payload.exp ?? now);
}

async function exchangeCode(ctx: SandboxContext, form: URLSearchParams): Promise<Record<string, unknown>> {
  const clientId = required(form, "client_id");
  checkClient(ctx, clientId);
  const payload = await verifyGrant(ctx, "code", required(form, "code"));
  if (stringClaim(payload, "client_id") !== clientId) {
    throw new OAuthError("invalid_grant", "The code was issued to another client");
  }
  if (stringClaim(payload, "redirect_uri") !== required(form, "redirect_uri")) {
    throw new OAuthError("invalid_grant", "redirect_uri does not match the authorization request");
  }
  checkVerifier(form, stringClaim(payload, "code_challenge"));
  rememberCode(ctx, payload);
  const session = readSessionClaims(payload);
  return buildTokenResponse(withPersona(ctx, session.persona ?? "provider"), {
    session,
    clientId,
    scope: stringClaim(payload, "scope") ?? "",
    initial: true,
  });
}

async function refresh(ctx: SandboxContext, form: URLSearchParams): Promise<Record<string, unknown>> {
  const payload = await verifyGrant(ctx, "refresh", required(form, "refresh_token"));
  const tokenClient = requireClaim(payload, "client_id");
  // Public clients may omit client_id on refresh (fhirclient does); when sent it must match.
  const clientId = form.get("client_id");
  if (clientId !== null) {
    checkClient(ctx, clientId);
    if (clientId !== tokenClient)
      throw new OAuthError("invalid_grant", "The refresh token belongs to another client");
  }
  const session = readSessionClaims(payload);
  if (hasFault(launchOptionsFromClaim(session.opts), "refresh-fail")) {
    throw new OAuthError("invalid_grant", "The refresh token has been revoked (fault refresh-fail)");
  }
  const granted = stringClaim(payload, "scope") ?? "";
  const asked = form.get("scope");
  let scope = granted;
  if (asked !== null && asked !== "") {
    const extra = splitScopes(asked).filter((s) => !splitScopes(granted).includes(s));
    if (extra.length > 0) throw new OAuthError("invalid_scope", `Not granted originally: ${extra.join(" ")}`);
    scope = splitScopes(asked).join(" ");
  }
  checkRefreshInterval(ctx, session.sid);
  return buildTokenResponse(withPersona(ctx, session.persona ?? "provider"), {
    session,
    clientId: tokenClient,
    scope,
    initial: false,
  });
}

/** POST /auth/token (RFC 6749 §4.1.3, §6; SMART App Launch 2.x). */
export async function handleToken(
  ctx: SandboxContext,
  req: IncomingMessage,
  res: ServerResponse,
  cors: Headers,
): Promise<void> {
  try {
    if (!isFormEncoded(req)) {
      throw new OAuthError("invalid_request", "Content-Type must be application/x-www-form-urlencoded");
    }
    const form = await readForm(req).catch((error: unknown) => {
      throw error instanceof BodyTooLargeError
        ? new OAuthError("invalid_request", error.message, 413)
        : error;
    });
    const grantType = form.get("grant_type");
    let body: Record<string, unknown>;
    if (grantType === "authorization_code") body = await exchangeCode(ctx, form);
    else if (grantType === "refresh_token") body = await refresh(ctx, form);
    else
      throw new OAuthError(
        "unsupported_grant_type",
        "grant_type must be authorization_code or refresh_token",
      );
    sendJson(res, 200, body, { ...cors, ...NO_STORE });
  } catch (error) {
    if (!(error instanceof OAuthError)) throw error;
    sendOAuthError(ctx, res, error, cors);
  }
}
