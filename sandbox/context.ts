import type { Dataset } from "./data/types";
import type { SandboxKeys } from "./auth/keys";

/** Everything a request handler needs: fixed configuration, keys, data and the little state we keep. */
export interface SandboxContext {
  /** e.g. http://127.0.0.1:4010 */
  origin: string;
  /** `<origin>/fhir`: the `aud` and `iss` of every launch. */
  fhirBase: string;
  appOrigin: string;
  tokenLifetimeSeconds: number;
  dataset: Dataset;
  keys: SandboxKeys;
  /** jti of every exchanged authorization code, with its expiry (seconds), to refuse a second exchange. */
  usedCodes: Map<string, number>;
  /** Sessions that already received their one `docref-429`. */
  throttledSessions: Set<string>;
}

/** The only client this sandbox knows (contract): a public client, PKCE S256 required. */
export const CLIENT_ID = "ccda-viewer";

export function redirectUriOf(ctx: SandboxContext): string {
  return `${ctx.appOrigin}/viewer`;
}
