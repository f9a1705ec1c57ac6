/**
 * Deployment configuration: read import.meta.env once, validate, freeze. A bad value fails fast with a
 * ConfigError naming the variable, instead of surfacing later as a confusing launch failure.
 */

export interface FhirServerConfig {
  readonly name: string;
  readonly fhirBase: string;
  readonly clientId: string;
  /** Data scopes for this server (without launch / launch/patient). */
  readonly scope: string;
}

export interface AppConfig {
  readonly clientId: string;
  readonly servers: readonly FhirServerConfig[];
  /** Trusted `iss` values: origins (any path) or FHIR base URLs (that path prefix). */
  readonly issAllowList: readonly string[];
  /** Data scopes shared by every launch unless a server overrides them. */
  readonly scope: string;
}

export interface ConfigEnv {
  readonly VITE_CLIENT_ID?: string | undefined;
  readonly VITE_SANDBOX_FHIR_BASE?: string | undefined;
  readonly VITE_FHIR_SERVERS?: string | undefined;
  readonly VITE_ISS_ALLOWLIST?: string | undefined;
  readonly VITE_SCOPES?: string | undefined;
}

export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

export const DEFAULT_SANDBOX_FHIR_BASE = "http://127.0.0.1:4010/fhir";
export const DEFAULT_CLIENT_ID = "ccda-viewer";
export const DEFAULT_SCOPE =
  "openid fhirUser online_access patient/Patient.read patient/DocumentReference.read patient/Binary.read";

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === "" ? undefined : trimmed;
}

/** Returns the URL without a trailing slash, or throws when it is not an absolute http(s) URL. */
export function normalizeBaseUrl(value: string, variable: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`${variable}: "${value}" is not an absolute URL`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new ConfigError(`${variable}: "${value}" must use http or https`);
  }
  if (url.search !== "" || url.hash !== "") {
    throw new ConfigError(`${variable}: "${value}" must not have a query or fragment`);
  }
  return url.href.replace(/\/+$/, "");
}

function parseServers(json: string, clientId: string, scope: string): FhirServerConfig[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new ConfigError("VITE_FHIR_SERVERS is not valid JSON");
  }
  if (!Array.isArray(parsed)) throw new ConfigError("VITE_FHIR_SERVERS must be a JSON array");
  return parsed.map((item: unknown, index) => {
    const where = `VITE_FHIR_SERVERS[${index}]`;
    if (typeof item !== "object" || item === null) throw new ConfigError(`${where} must be an object`);
    const record = item as Record<string, unknown>;
    const { name, fhirBase } = record;
    if (typeof name !== "string" || name.trim() === "") throw new ConfigError(`${where}.name is required`);
    if (typeof fhirBase !== "string") throw new ConfigError(`${where}.fhirBase is required`);
    const ownClient = typeof record["clientId"] === "string" ? nonEmpty(record["clientId"]) : undefined;
    const ownScope = typeof record["scope"] === "string" ? nonEmpty(record["scope"]) : undefined;
    return Object.freeze({
      name: name.trim(),
      fhirBase: normalizeBaseUrl(fhirBase, `${where}.fhirBase`),
      clientId: ownClient ?? clientId,
      scope: ownScope ?? scope,
    });
  });
}

function parseAllowList(value: string | undefined): string[] {
  if (value === undefined) return [];
  return value
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "")
    .map((entry) => normalizeBaseUrl(entry, "VITE_ISS_ALLOWLIST"));
}

/** Launch-type scopes are added by the launch code; configured scopes must not carry them. */
function validateScope(scope: string): string {
  const words = scope.split(/\s+/).filter((word) => word !== "");
  if (words.some((word) => word === "launch" || word.startsWith("launch/"))) {
    throw new ConfigError("VITE_SCOPES must not contain launch scopes; they are added per launch type");
  }
  return words.join(" ");
}

export function parseConfig(env: ConfigEnv): AppConfig {
  const clientId = nonEmpty(env.VITE_CLIENT_ID) ?? DEFAULT_CLIENT_ID;
  const scope = validateScope(nonEmpty(env.VITE_SCOPES) ?? DEFAULT_SCOPE);
  const sandboxBase = normalizeBaseUrl(
    nonEmpty(env.VITE_SANDBOX_FHIR_BASE) ?? DEFAULT_SANDBOX_FHIR_BASE,
    "VITE_SANDBOX_FHIR_BASE",
  );
  const serversJson = nonEmpty(env.VITE_FHIR_SERVERS);
  const servers =
    serversJson === undefined
      ? [Object.freeze({ name: "Development sandbox", fhirBase: sandboxBase, clientId, scope })]
      : parseServers(serversJson, clientId, scope);
  if (servers.length === 0) throw new ConfigError("VITE_FHIR_SERVERS must list at least one server");
  // The sandbox is trusted by default; once real servers are configured only an explicit sandbox base keeps it.
  const trustSandbox = serversJson === undefined || nonEmpty(env.VITE_SANDBOX_FHIR_BASE) !== undefined;
  const issAllowList = [
    ...new Set([
      ...(trustSandbox ? [sandboxBase] : []),
      ...servers.map((server) => server.fhirBase),
      ...parseAllowList(env.VITE_ISS_ALLOWLIST),
    ]),
  ];
  return Object.freeze({
    clientId,
    scope,
    servers: Object.freeze(servers),
    issAllowList: Object.freeze(issAllowList),
  });
}

let cached: AppConfig | undefined;

/** The app's configuration, read from import.meta.env on first use. */
export function getAppConfig(): AppConfig {
  // Each variable by name: Vite replaces these at build time, and no other env value is read.
  cached ??= parseConfig({
    VITE_CLIENT_ID: import.meta.env.VITE_CLIENT_ID,
    VITE_SANDBOX_FHIR_BASE: import.meta.env.VITE_SANDBOX_FHIR_BASE,
    VITE_FHIR_SERVERS: import.meta.env.VITE_FHIR_SERVERS,
    VITE_ISS_ALLOWLIST: import.meta.env.VITE_ISS_ALLOWLIST,
    VITE_SCOPES: import.meta.env.VITE_SCOPES,
  });
  return cached;
}
