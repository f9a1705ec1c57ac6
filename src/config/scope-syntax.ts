/**
 * SMART scope syntax per server. A server registered for SMART v2 silently drops v1 `.read` scopes from the
 * grant (Oracle Health code Console), and a v1-only server does not know `.rs`: a mix-up shows up only as a
 * missing grant after sign-in, so configuration that mixes them is refused at start instead.
 */
import { ConfigError } from "./config-error";

export type ScopeSyntax = "v1" | "v2";

/** What the app reads, in each syntax: Patient (banner), DocumentReference (list), Binary (content). */
export const DEFAULT_DATA_SCOPES: Readonly<Record<ScopeSyntax, string>> = Object.freeze({
  v1: "openid fhirUser online_access patient/Patient.read patient/DocumentReference.read patient/Binary.read",
  // As Oracle Health advertises them: Patient.rs (no .r) and Binary.r (no .rs: a Binary is only read by id).
  v2: "openid fhirUser online_access patient/Patient.rs patient/DocumentReference.rs patient/Binary.r",
});

const RESOURCE_SCOPE = /^(patient|user|system)\/([A-Za-z]+|\*)\.([^?]+)(\?.*)?$/;
const V1_PERMISSIONS = new Set(["read", "write", "*"]);
const V2_PERMISSIONS = /^c?r?u?d?s?$/;

/** The syntax a single resource scope is written in, or undefined for non-resource scopes (openid …). */
export function syntaxOfScope(word: string): ScopeSyntax | "invalid" | undefined {
  const match = RESOURCE_SCOPE.exec(word);
  if (match === null) return undefined;
  const permission = match[3] ?? "";
  if (V1_PERMISSIONS.has(permission) && match[4] === undefined) return "v1";
  if (permission !== "" && V2_PERMISSIONS.test(permission)) return "v2";
  return "invalid";
}

export function parseScopeSyntax(value: unknown, where: string): ScopeSyntax | undefined {
  if (value === undefined) return undefined;
  if (value === "v1" || value === "v2") return value;
  throw new ConfigError(`${where}: must be "v1" or "v2" (SMART App Launch 1 or 2 scope syntax)`);
}

/** Normalises whitespace and checks every resource scope against the server's syntax. */
export function validateScope(scope: string, syntax: ScopeSyntax, where: string): string {
  const words = scope.split(/\s+/).filter((word) => word !== "");
  if (words.some((word) => word === "launch" || word.startsWith("launch/"))) {
    throw new ConfigError(`${where} must not contain launch scopes; they are added per launch type`);
  }
  for (const word of words) {
    const found = syntaxOfScope(word);
    if (found === "invalid") throw new ConfigError(`${where}: "${word}" is not a SMART resource scope`);
    if (found !== undefined && found !== syntax) {
      const hint = syntax === "v2" ? "write .r / .rs (e.g. patient/Binary.r)" : "write .read";
      throw new ConfigError(
        `${where}: "${word}" is SMART ${found} syntax but the server is configured for ${syntax}; ${hint}`,
      );
    }
  }
  return words.join(" ");
}
