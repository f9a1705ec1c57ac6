/** Query parameters whose values are secrets or one-time credentials: never written to a log. */
const SECRET_PARAMS = new Set([
  "code",
  "state",
  "launch",
  "code_challenge",
  "code_verifier",
  "access_token",
  "refresh_token",
  "id_token",
  "token",
  "_page",
]);

/** The path and query of a request URL with secret values replaced by `***`. */
export function redactUrl(rawUrl: string): string {
  const url = new URL(rawUrl, "http://sandbox.invalid");
  for (const key of [...url.searchParams.keys()]) {
    if (SECRET_PARAMS.has(key)) url.searchParams.set(key, "***");
  }
  return url.pathname + url.search;
}

export function logRequest(method: string, rawUrl: string, status: number, startedAt: number): void {
  const ms = Math.round(performance.now() - startedAt);
  console.log(`${method} ${redactUrl(rawUrl)} ${status} ${ms}ms`);
}
