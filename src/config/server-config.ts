/**
 * One FHIR server (issuer) of the configuration, from VITE_FHIR_SERVERS or public/config.json: everything the
 * launch needs to differ per EHR (client id, scopes and their syntax, redirect, persona, session handling).
 */
import { ConfigError } from "./config-error";
import { normalizeBaseUrl } from "./urls";
import { DEFAULT_DATA_SCOPES, parseScopeSyntax, validateScope, type ScopeSyntax } from "./scope-syntax";

/** Oracle Health serves providers and patients on different base URLs with different registrations. */
export type Persona = "provider" | "patient";

export interface FhirServerConfig {
  readonly name: string;
  readonly fhirBase: string;
  readonly clientId: string;
  /** Data scopes for this server (without launch / launch/patient). */
  readonly scope: string;
  readonly scopeSyntax: ScopeSyntax;
  readonly persona: Persona | undefined;
  /** The redirect URI registered for this client; undefined = `<app origin>/viewer`. */
  readonly redirectUri: string | undefined;
  /** Keep the SMART state per window (PowerChart may share sessionStorage between charts). */
  readonly perWindowSession: boolean;
  /** Never refresh the token more often than this (Oracle Health throttles refreshes within a minute). */
  readonly minRefreshIntervalSeconds: number;
  /** Extra origins the app talks to for this server (e.g. the authorization server's host), for the CSP. */
  readonly connectOrigins: readonly string[];
  /** Offered on the start page for a standalone launch. */
  readonly standalone: boolean;
}

export interface ServerDefaults {
  readonly clientId: string;
  /** Data scope shared by every server, when the deployment set one explicitly. */
  readonly scope: string | undefined;
  readonly scopeSyntax: ScopeSyntax;
}

export const DEFAULT_MIN_REFRESH_INTERVAL_SECONDS = 60;

const SERVER_KEYS = new Set([
  "name",
  "fhirBase",
  "clientId",
  "scope",
  "scopeSyntax",
  "persona",
  "redirectUri",
  "perWindowSession",
  "minRefreshIntervalSeconds",
  "connectOrigins",
  "standalone",
]);

function optionalString(record: Record<string, unknown>, key: string, where: string): string | undefined {
  const value = record[key];
  if (value === undefined) return undefined;
  if (typeof value !== "string") throw new ConfigError(`${where}.${key} must be a string`);
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
}

function optionalBoolean(record: Record<string, unknown>, key: string, where: string): boolean | undefined {
  const value = record[key];
  if (value === undefined || typeof value === "boolean") return value;
  throw new ConfigError(`${where}.${key} must be true or false`);
}

function parsePersona(value: string | undefined, where: string): Persona | undefined {
  if (value === undefined || value === "provider" || value === "patient") return value;
  throw new ConfigError(`${where}.persona must be "provider" or "patient"`);
}

function parseRefreshInterval(value: unknown, where: string): number {
  if (value === undefined) return DEFAULT_MIN_REFRESH_INTERVAL_SECONDS;
  if (typeof value === "number" && Number.isFinite(value) && value >= 0 && value <= 3600) return value;
  throw new ConfigError(`${where}.minRefreshIntervalSeconds must be a number of seconds from 0 to 3600`);
}

function parseOrigins(value: unknown, where: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new ConfigError(`${where}.connectOrigins must be an array of URLs`);
  return value.map((entry: unknown, index) => {
    if (typeof entry !== "string") throw new ConfigError(`${where}.connectOrigins[${index}] must be a URL`);
    return new URL(normalizeBaseUrl(entry, `${where}.connectOrigins[${index}]`)).origin;
  });
}

function parseRedirect(value: string | undefined, where: string): string | undefined {
  if (value === undefined) return undefined;
  const normalized = normalizeBaseUrl(value, `${where}.redirectUri`, { keepTrailingSlash: true });
  if (!/\/viewer\/?$/.test(new URL(normalized).pathname)) {
    throw new ConfigError(`${where}.redirectUri must end in /viewer (the page that completes the sign-in)`);
  }
  return normalized;
}

/** Reads one server entry; unknown fields are refused (a misspelt field would silently do nothing). */
export function parseServer(item: unknown, where: string, defaults: ServerDefaults): FhirServerConfig {
  if (typeof item !== "object" || item === null || Array.isArray(item)) {
    throw new ConfigError(`${where} must be an object`);
  }
  const record = item as Record<string, unknown>;
  const unknown = Object.keys(record).filter((key) => !SERVER_KEYS.has(key) && !key.startsWith("$"));
  if (unknown.length > 0) throw new ConfigError(`${where}: unknown field "${unknown.join('", "')}"`);
  const name = optionalString(record, "name", where);
  if (name === undefined) throw new ConfigError(`${where}.name is required`);
  const fhirBase = optionalString(record, "fhirBase", where);
  if (fhirBase === undefined) throw new ConfigError(`${where}.fhirBase is required`);
  const scopeSyntax = parseScopeSyntax(record["scopeSyntax"], `${where}.scopeSyntax`) ?? defaults.scopeSyntax;
  const scope = optionalString(record, "scope", where) ?? defaults.scope ?? DEFAULT_DATA_SCOPES[scopeSyntax];
  return Object.freeze({
    name,
    fhirBase: normalizeBaseUrl(fhirBase, `${where}.fhirBase`),
    clientId: optionalString(record, "clientId", where) ?? defaults.clientId,
    scope: validateScope(scope, scopeSyntax, `${where}.scope`),
    scopeSyntax,
    persona: parsePersona(optionalString(record, "persona", where), where),
    redirectUri: parseRedirect(optionalString(record, "redirectUri", where), where),
    perWindowSession: optionalBoolean(record, "perWindowSession", where) ?? false,
    minRefreshIntervalSeconds: parseRefreshInterval(record["minRefreshIntervalSeconds"], where),
    connectOrigins: Object.freeze(parseOrigins(record["connectOrigins"], where)),
    standalone: optionalBoolean(record, "standalone", where) ?? true,
  });
}
