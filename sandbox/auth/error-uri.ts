/**
 * OAuth error bodies in the profile's style: RFC 6749 `error_description`, or (Oracle Health Millennium) only an
 * `error_uri` naming the error as a Cerner URN, which the sandbox explains at that address.
 */
import { randomUUID } from "node:crypto";
import type { SandboxContext } from "../context";

export type OAuthPhase = "grant" | "token";

export interface OAuthProblem {
  error: string;
  description: string;
  /** URN slug, e.g. `client-persona-mismatch`; defaults to the error code in kebab case. */
  reason?: string;
  /** Extra query parameters of the error_uri (Cerner adds persona, client, tenant). */
  context?: Record<string, string>;
}

export const ERROR_URN_PREFIX = "urn:cerner:error:authorization-server:oauth2:";

export function errorUri(ctx: SandboxContext, phase: OAuthPhase, problem: OAuthProblem): string {
  const slug = problem.reason ?? problem.error.replace(/_/g, "-");
  const urn = `${ERROR_URN_PREFIX}${phase}:${slug}`;
  const url = new URL(`${ctx.origin}/errors/${encodeURIComponent(urn)}/instances/${randomUUID()}`);
  for (const [key, value] of Object.entries(problem.context ?? {})) url.searchParams.set(key, value);
  if (ctx.profile.tenant !== undefined) url.searchParams.set("tenant", ctx.profile.tenant);
  return url.toString();
}

/** The error's fields as the profile words them (query parameters of a redirect or a token response body). */
export function oauthErrorFields(
  ctx: SandboxContext,
  phase: OAuthPhase,
  problem: OAuthProblem,
): Record<string, string> {
  if (ctx.profile.oauthErrors === "error-uri") {
    return { error: problem.error, error_uri: errorUri(ctx, phase, problem) };
  }
  return { error: problem.error, error_description: problem.description };
}
