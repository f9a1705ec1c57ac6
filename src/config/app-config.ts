/**
 * Deployment configuration: build-time VITE_* variables, optionally overridden at start by public/config.json
 * (see config-file.ts), validated and frozen. A bad value fails fast with a ConfigError naming the variable or
 * field, shown on a page, instead of surfacing later as a confusing launch failure.
 */
import { ConfigError } from "./config-error";
import { DEFAULT_DATA_SCOPES, parseScopeSyntax, validateScope, type ScopeSyntax } from "./scope-syntax";
import { parseServer, type FhirServerConfig, type ServerDefaults } from "./server-config";
import { normalizeBaseUrl } from "./urls";

// Kept importable from here: the rest of the app has always found them in this module.
export { ConfigError } from "./config-error";
export type { FhirServerConfig } from "./server-config";

export interface AppConfig {
  readonly clientId: string;
  readonly servers: readonly FhirServerConfig[];
  /** Trusted `iss` values: origins (any path) or FHIR base URLs (that path prefix). */
  readonly issAllowList: readonly string[];
  /** Data scopes shared by every launch unless a server overrides them. */
  readonly scope: string;
  readonly scopeSyntax: ScopeSyntax;
}

export interface ConfigEnv {
  readonly VITE_CLIENT_ID?: string | undefined;
  readonly VITE_SANDBOX_FHIR_BASE?: string | undefined;
  readonly VITE_FHIR_SERVERS?: string | undefined;
  readonly VITE_ISS_ALLOWLIST?: string | undefined;
  readonly VITE_SCOPES?: string | undefined;
  readonly VITE_SCOPE_SYNTAX?: string | undefined;
}

export const DEFAULT_SANDBOX_FHIR_BASE = "http://127.0.0.1:4010/fhir";
export const DEFAULT_CLIENT_ID = "ccda-viewer";
export const DEFAULT_SCOPE = DEFAULT_DATA_SCOPES.v1;

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === "" ? undefined : trimmed;
}

export function parseServers(json: unknown, where: string, defaults: ServerDefaults): FhirServerConfig[] {
  if (!Array.isArray(json)) throw new ConfigError(`${where} must be a JSON array`);
  const servers = json.map((item: unknown, index) => parseServer(item, `${where}[${index}]`, defaults));
  if (servers.length === 0) throw new ConfigError(`${where} must list at least one server`);
  const bases = servers.map((server) => server.fhirBase);
  const duplicate = bases.find((base, index) => bases.indexOf(base) !== index);
  if (duplicate !== undefined) throw new ConfigError(`${where} lists ${duplicate} twice`);
  return servers;
}

function parseServersJson(json: string, defaults: ServerDefaults): FhirServerConfig[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new ConfigError("VITE_FHIR_SERVERS is not valid JSON");
  }
  return parseServers(parsed, "VITE_FHIR_SERVERS", defaults);
}

export function parseAllowList(entries: readonly string[], where: string): string[] {
  return entries
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "")
    .map((entry) => normalizeBaseUrl(entry, where));
}

export function uniqueAllowList(...lists: (readonly string[])[]): readonly string[] {
  return Object.freeze([...new Set(lists.flat())]);
}

export function parseConfig(env: ConfigEnv): AppConfig {
  const clientId = nonEmpty(env.VITE_CLIENT_ID) ?? DEFAULT_CLIENT_ID;
  const scopeSyntax = parseScopeSyntax(nonEmpty(env.VITE_SCOPE_SYNTAX), "VITE_SCOPE_SYNTAX") ?? "v1";
  const explicitScope = nonEmpty(env.VITE_SCOPES);
  const scope = validateScope(explicitScope ?? DEFAULT_DATA_SCOPES[scopeSyntax], scopeSyntax, "VITE_SCOPES");
  const defaults: ServerDefaults = {
    clientId,
    scope: explicitScope === undefined ? undefined : scope,
    scopeSyntax,
  };
  const sandboxBase = normalizeBaseUrl(
    nonEmpty(env.VITE_SANDBOX_FHIR_BASE) ?? DEFAULT_SANDBOX_FHIR_BASE,
    "VITE_SANDBOX_FHIR_BASE",
  );
  const serversJson = nonEmpty(env.VITE_FHIR_SERVERS);
  const servers =
    serversJson === undefined
      ? [parseServer({ name: "Development sandbox", fhirBase: sandboxBase }, "sandbox", defaults)]
      : parseServersJson(serversJson, defaults);
  // The sandbox is trusted by default; once real servers are configured only an explicit sandbox base keeps it.
  const trustSandbox = serversJson === undefined || nonEmpty(env.VITE_SANDBOX_FHIR_BASE) !== undefined;
  const issAllowList = uniqueAllowList(
    trustSandbox ? [sandboxBase] : [],
    servers.map((server) => server.fhirBase),
    parseAllowList((env.VITE_ISS_ALLOWLIST ?? "").split(","), "VITE_ISS_ALLOWLIST"),
  );
  return Object.freeze({ clientId, scope, scopeSyntax, servers: Object.freeze(servers), issAllowList });
}

/** The build-time part, read from import.meta.env. */
export function readEnvConfig(): AppConfig {
  // Each variable by name: Vite replaces these at build time, and no other env value is read.
  return parseConfig({
    VITE_CLIENT_ID: import.meta.env.VITE_CLIENT_ID,
    VITE_SANDBOX_FHIR_BASE: import.meta.env.VITE_SANDBOX_FHIR_BASE,
    VITE_FHIR_SERVERS: import.meta.env.VITE_FHIR_SERVERS,
    VITE_ISS_ALLOWLIST: import.meta.env.VITE_ISS_ALLOWLIST,
    VITE_SCOPES: import.meta.env.VITE_SCOPES,
    VITE_SCOPE_SYNTAX: import.meta.env.VITE_SCOPE_SYNTAX,
  });
}

let cached: AppConfig | undefined;

/**
 * The app's configuration: what load-config.ts installed at start (build env + public/config.json), else the
 * build-time env alone.
 */
export function getAppConfig(): AppConfig {
  cached ??= readEnvConfig();
  return cached;
}

/** Installs the configuration loaded at start; `undefined` (tests) goes back to the build-time env. */
export function setAppConfig(config: AppConfig | undefined): void {
  cached = config;
}

/** The configured server whose FHIR base is `iss` (trailing slashes ignored). */
export function serverForIss(config: AppConfig, iss: string): FhirServerConfig | undefined {
  const base = iss.replace(/\/+$/, "");
  return config.servers.find((server) => server.fhirBase === base);
}
