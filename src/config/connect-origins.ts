/**
 * The origins the app sends requests to, for the Content-Security-Policy `connect-src`. Pure (no DOM, no
 * import.meta): vite.config.ts calls it at build time with `parseConfig(process.env)`, and a deployer can
 * run it over their config.json to write the header of the static server.
 */
import { parseHttpUrl } from "../lib/http-url";
import type { AppConfig } from "./app-config";

function originOf(url: string): string | undefined {
  return parseHttpUrl(url)?.origin;
}

/**
 * Every FHIR base and trusted iss, plus each server's declared extra origins (its authorization server when
 * that lives elsewhere, e.g. authorization.cerner.com). Sorted and unique, so the CSP is stable.
 */
export function connectOrigins(config: Pick<AppConfig, "servers" | "issAllowList">): string[] {
  const origins = [
    ...config.servers.flatMap((server) => [server.fhirBase, ...server.connectOrigins]),
    ...config.issAllowList,
  ]
    .map(originOf)
    .filter((origin): origin is string => origin !== undefined);
  return [...new Set(origins)].sort();
}
