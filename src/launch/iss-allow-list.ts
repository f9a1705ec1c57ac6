/**
 * EHR-launch `iss` check (pitfall P5): an untrusted iss would make us send the user to an attacker's
 * authorization server, and a non-SMART iss silently becomes an unauthenticated "open server" client.
 */
import { parseHttpUrl } from "../lib/http-url";

function withoutTrailingSlash(path: string): string {
  return path.replace(/\/+$/, "");
}

/**
 * True when `iss` matches an allow-list entry: an entry without a path (an origin) trusts every base on that
 * origin; an entry with a path trusts exactly that base and bases below it (segment-wise, so /fhir does not
 * trust /fhir-evil).
 */
export function isIssAllowed(iss: string, allowList: readonly string[]): boolean {
  const url = parseHttpUrl(iss);
  if (url === undefined || url.username !== "" || url.password !== "") return false;
  const issPath = withoutTrailingSlash(url.pathname);
  return allowList.some((entry) => {
    const allowed = parseHttpUrl(entry);
    if (allowed === undefined || allowed.origin !== url.origin) return false;
    const allowedPath = withoutTrailingSlash(allowed.pathname);
    return allowedPath === "" || issPath === allowedPath || issPath.startsWith(`${allowedPath}/`);
  });
}
