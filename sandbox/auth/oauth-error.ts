import type { ServerResponse } from "node:http";
import { sendJson, type Headers } from "../http/respond";

/** An RFC 6749 §5.2 token-endpoint error. */
export class OAuthError extends Error {
  override readonly name = "OAuthError";
  constructor(
    readonly error: string,
    readonly description: string,
    readonly status = 400,
  ) {
    super(`${error}: ${description}`);
  }
}

export const NO_STORE: Headers = { "Cache-Control": "no-store", Pragma: "no-cache" };

export function sendOAuthError(res: ServerResponse, failure: OAuthError, headers: Headers): void {
  sendJson(
    res,
    failure.status,
    { error: failure.error, error_description: failure.description },
    { ...headers, ...NO_STORE },
  );
}
