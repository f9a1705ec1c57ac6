import type { ServerResponse } from "node:http";
import type { SandboxContext } from "../context";
import { sendJson, type Headers } from "../http/respond";
import { oauthErrorFields } from "./error-uri";

/** An RFC 6749 §5.2 token-endpoint error. `reason` names it in error_uri style (Millennium). */
export class OAuthError extends Error {
  override readonly name = "OAuthError";
  constructor(
    readonly error: string,
    readonly description: string,
    readonly status = 400,
    readonly reason?: string,
    readonly headers: Headers = {},
  ) {
    super(`${error}: ${description}`);
  }
}

export const NO_STORE: Headers = { "Cache-Control": "no-store", Pragma: "no-cache" };

export function sendOAuthError(
  ctx: SandboxContext,
  res: ServerResponse,
  failure: OAuthError,
  headers: Headers,
): void {
  const problem = {
    error: failure.error,
    description: failure.description,
    ...(failure.reason !== undefined ? { reason: failure.reason } : {}),
  };
  sendJson(res, failure.status, oauthErrorFields(ctx, "token", problem), {
    ...headers,
    ...failure.headers,
    ...NO_STORE,
  });
}
