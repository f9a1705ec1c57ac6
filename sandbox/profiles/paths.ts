/** Which persona (and FHIR path) a request path belongs to, from the profile's endpoints. */
import { PERSONAS, type Persona, type SandboxProfile } from "./profile";

export interface FhirPath {
  persona: Persona;
  /** The path after the base, e.g. `/DocumentReference` ("" for the base itself). */
  rest: string;
}

export function matchFhirBase(profile: SandboxProfile, path: string): FhirPath | undefined {
  for (const persona of PERSONAS) {
    const base = profile.personas[persona].basePath;
    if (path === base || path.startsWith(`${base}/`)) return { persona, rest: path.slice(base.length) };
  }
  return undefined;
}

export function matchAuthorize(profile: SandboxProfile, path: string): Persona | undefined {
  return PERSONAS.find((persona) => profile.personas[persona].authorizePath === path);
}

export const DISCOVERY_PATHS = new Set(["/metadata", "/.well-known/smart-configuration"]);
