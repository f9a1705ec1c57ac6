import type { SandboxContext } from "../context";
import { hasFault, launchOptionsFromClaim } from "../launch-options";
import { signIdToken } from "./id-token";
import { splitScopes } from "./scopes";
import { signToken, type SessionClaims } from "./tokens";

const ONLINE_REFRESH_SECONDS = 12 * 3600;
const OFFLINE_REFRESH_SECONDS = 30 * 24 * 3600;

export interface TokenGrant {
  session: SessionClaims;
  clientId: string;
  /** Granted scopes, space separated. */
  scope: string;
  /** True for the code exchange; a refresh gets a new access token only (Oracle Health keeps the refresh token). */
  initial: boolean;
}

async function refreshToken(
  ctx: SandboxContext,
  grant: TokenGrant,
  scopes: string[],
): Promise<string | undefined> {
  const offline = scopes.includes("offline_access");
  if (!offline && !scopes.includes("online_access")) return undefined;
  return signToken(
    ctx.keys,
    "refresh",
    { ...grant.session, client_id: grant.clientId, scope: grant.scope },
    { lifetimeSeconds: offline ? OFFLINE_REFRESH_SECONDS : ONLINE_REFRESH_SECONDS },
  );
}

/** The token response (SMART App Launch 2.x §Response): tokens plus launch context. */
export async function buildTokenResponse(
  ctx: SandboxContext,
  grant: TokenGrant,
): Promise<Record<string, unknown>> {
  const { session } = grant;
  const options = launchOptionsFromClaim(session.opts);
  const lifetime = options.tokenLifetimeSeconds ?? ctx.tokenLifetimeSeconds;
  const scopes = splitScopes(grant.scope);
  const accessToken = await signToken(
    ctx.keys,
    "access",
    { ...session, client_id: grant.clientId, scope: grant.scope },
    // expire-now: the token is dead on arrival while expires_in still promises a full lifetime, as with a token
    // revoked server-side; the app must recover from the 401 by refreshing.
    { lifetimeSeconds: lifetime, alreadyExpired: grant.initial && hasFault(options, "expire-now") },
  );
  const body: Record<string, unknown> = {
    access_token: accessToken,
    token_type: "Bearer",
    expires_in: lifetime,
    scope: grant.scope,
    patient: session.patient,
    need_patient_banner: options.needPatientBanner,
    smart_style_url: `${ctx.origin}/smart-style.json`,
  };
  if (session.encounter !== undefined) body.encounter = session.encounter;
  if (!grant.initial) return body;
  if (scopes.includes("openid") && scopes.includes("fhirUser")) {
    body.id_token = await signIdToken(ctx, session, grant.clientId);
  }
  const refresh = await refreshToken(ctx, grant, scopes);
  if (refresh !== undefined) body.refresh_token = refresh;
  return body;
}
