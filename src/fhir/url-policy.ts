import { UnsafeUrlError } from "./fhir-http-error";

/**
 * Resolves a URL found in FHIR data (attachment.url, Bundle next link) against the FHIR base and allows it
 * only under the base's origin AND path prefix: fhirclient attaches the bearer token to any absolute URL
 * (pitfall P4), so anything else would hand the user's sign-in to a stranger.
 */
export function resolveUnderFhirBase(url: string, fhirBase: string): string {
  const base = new URL(fhirBase.endsWith("/") ? fhirBase : `${fhirBase}/`);
  let resolved: URL;
  try {
    resolved = new URL(url, base);
  } catch {
    throw new UnsafeUrlError("an unreadable address");
  }
  const basePath = base.pathname;
  const samePlace =
    resolved.origin === base.origin &&
    resolved.username === "" &&
    resolved.password === "" &&
    (resolved.pathname.startsWith(basePath) || `${resolved.pathname}/` === basePath);
  if (!samePlace) throw new UnsafeUrlError(resolved.host === "" ? resolved.protocol : resolved.host);
  // Absolute URLs are followed exactly as the server wrote them (servers may be picky about their encoding).
  // Case-sensitive like fhirclient's own absolute-URL test (/^http/): "HTTPS://…" would be glued onto the
  // base by fhirclient, so such a URL goes out in its resolved form instead.
  return /^https?:\/\//.test(url) ? url : resolved.href;
}
