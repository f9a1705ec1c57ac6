/**
 * Link policy for narrative hrefs (SEC-02). The value is cleaned the way browsers clean URLs (tab/newline
 * removed anywhere, C0 controls and spaces trimmed at both ends), then parsed with the URL constructor, so case,
 * whitespace and control-character tricks cannot smuggle a scheme past us. Only http(s), mailto and tel are
 * links; "#id" is a same-document reference; everything else (javascript:, data:, relative …) is not a link.
 */

export type HrefVerdict =
  | { kind: "external"; href: string; host: string }
  | { kind: "fragment"; id: string }
  | { kind: "unsafe"; reason: string };

const SAFE_SCHEMES = new Set(["http:", "https:", "mailto:", "tel:"]);

export function cleanHref(raw: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what we strip
  return raw.replace(/[\t\n\r]/g, "").replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "");
}

function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

export function classifyHref(raw: string): HrefVerdict {
  const value = cleanHref(raw);
  if (value === "") return { kind: "unsafe", reason: "empty link" };
  if (value.startsWith("#")) return { kind: "fragment", id: decodeFragment(value.slice(1)) };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { kind: "unsafe", reason: "relative or malformed address" };
  }
  if (!SAFE_SCHEMES.has(url.protocol))
    return { kind: "unsafe", reason: `scheme ${url.protocol} is not allowed` };
  if ((url.protocol === "http:" || url.protocol === "https:") && url.host === "") {
    return { kind: "unsafe", reason: "link without a host" };
  }
  return { kind: "external", href: url.href, host: url.host };
}
