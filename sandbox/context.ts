import type { Dataset } from "./data/types";
import type { SandboxKeys } from "./auth/keys";
import type { Persona, SandboxProfile } from "./profiles/profile";

/** Everything a request handler needs: fixed configuration, keys, data and the little state we keep. */
export interface SandboxContext {
  /** e.g. http://127.0.0.1:4010 */
  origin: string;
  /**
   * The FHIR base of the persona this request is for (`<origin>/fhir` on strict-smart): the `aud` and `iss` of a
   * launch. Handlers get a copy of the context with the request's persona and base (see withPersona).
   */
  fhirBase: string;
  persona: Persona;
  /** Absolute FHIR base of each persona (equal except on Millennium). */
  personaBases: Readonly<Record<Persona, string>>;
  profile: SandboxProfile;
  /** Added to every FHIR and token response (benchmarks, slow-network checks). */
  latencyMs: number;
  appOrigin: string;
  tokenLifetimeSeconds: number;
  dataset: Dataset;
  keys: SandboxKeys;
  /** jti of every exchanged authorization code, with its expiry (seconds), to refuse a second exchange. */
  usedCodes: Map<string, number>;
  /** Sessions that already received their one `docref-429`. */
  throttledSessions: Set<string>;
  /** Last refresh (ms) per session, for profiles that throttle refreshes. */
  lastRefresh: Map<string, number>;
}

/** The context as seen by a request for one persona: its base becomes `fhirBase`; shared state stays shared. */
export function withPersona(ctx: SandboxContext, persona: Persona): SandboxContext {
  return { ...ctx, persona, fhirBase: ctx.personaBases[persona] };
}

/** The client every profile registers (Millennium adds `ccda-viewer-patient` for its patient persona). */
export const CLIENT_ID = "ccda-viewer";

export function redirectUriOf(ctx: SandboxContext): string {
  return `${ctx.appOrigin}/viewer`;
}
