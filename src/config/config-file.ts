/**
 * public/config.json: the deployment's own configuration, fetched at start so a deployer changes servers,
 * client ids and scopes without rebuilding. Fields present in the file win over the build-time VITE_* values;
 * absent fields keep them. Unknown fields are refused: a misspelt "clinetId" must not silently do nothing.
 */
import { parseAllowList, parseServers, uniqueAllowList, type AppConfig } from "./app-config";
import { ConfigError } from "./config-error";
import { parseScopeSyntax, validateScope } from "./scope-syntax";

const FILE = "config.json";
const TOP_KEYS = new Set(["clientId", "scope", "scopeSyntax", "servers", "issAllowList"]);

function stringField(record: Record<string, unknown>, key: string): string | undefined {
  const value = record[key];
  if (value === undefined) return undefined;
  if (typeof value !== "string" || value.trim() === "") {
    throw new ConfigError(`${FILE}: "${key}" must be a non-empty string`);
  }
  return value.trim();
}

function allowListField(record: Record<string, unknown>): string[] {
  const value = record["issAllowList"];
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((entry) => typeof entry !== "string")) {
    throw new ConfigError(`${FILE}: "issAllowList" must be an array of URLs`);
  }
  return parseAllowList(value as string[], `${FILE} issAllowList`);
}

/** Merges a parsed config.json over the build-time configuration. */
export function applyConfigFile(json: unknown, base: AppConfig): AppConfig {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw new ConfigError(`${FILE} must hold a JSON object`);
  }
  const record = json as Record<string, unknown>;
  const unknown = Object.keys(record).filter((key) => !TOP_KEYS.has(key) && !key.startsWith("$"));
  if (unknown.length > 0) {
    throw new ConfigError(
      `${FILE}: unknown field "${unknown.join('", "')}" (known: ${[...TOP_KEYS].join(", ")})`,
    );
  }
  const clientId = stringField(record, "clientId") ?? base.clientId;
  const scopeSyntax = parseScopeSyntax(record["scopeSyntax"], `${FILE} scopeSyntax`) ?? base.scopeSyntax;
  const ownScope = stringField(record, "scope");
  const scope = validateScope(ownScope ?? base.scope, scopeSyntax, `${FILE} scope`);
  if (record["servers"] === undefined && (record["clientId"] !== undefined || ownScope !== undefined)) {
    throw new ConfigError(`${FILE}: "clientId" and "scope" apply to "servers"; list the servers too`);
  }
  const servers =
    record["servers"] === undefined
      ? base.servers
      : Object.freeze(
          parseServers(record["servers"], `${FILE} servers`, {
            clientId,
            scope: ownScope === undefined ? undefined : scope,
            scopeSyntax,
          }),
        );
  return Object.freeze({
    clientId,
    scope,
    scopeSyntax,
    servers,
    issAllowList: uniqueAllowList(
      base.issAllowList,
      servers.map((server) => server.fhirBase),
      allowListField(record),
    ),
  });
}
