/**
 * Attribute value policies shared by the sanitizer hooks. Pure functions (no DOMPurify) so they can be tested
 * on their own. Deliberately independent of src/ccda/: the sanitizer trusts nothing the renderer did.
 */

const SAFE_SCHEMES = new Set(["http:", "https:", "mailto:", "tel:"]);

/**
 * The canonical form of an absolute http(s)/mailto/tel URL, cleaned the way browsers clean URLs before reading
 * the scheme (tabs/newlines removed, controls trimmed); undefined for anything else.
 */
export function safeExternalHref(raw: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  const value = raw.replace(/[\t\n\r]/g, "").replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "");
  try {
    const url = new URL(value);
    if (!SAFE_SCHEMES.has(url.protocol)) return undefined;
    if (url.protocol !== "mailto:" && url.protocol !== "tel:" && url.host === "") return undefined;
    return url.href;
  } catch {
    return undefined;
  }
}

export function isSafeExternalHref(raw: string): boolean {
  return safeExternalHref(raw) !== undefined;
}

export const ID_RE = /^[A-Za-z][A-Za-z0-9_-]{0,200}$/;
export const FRAGMENT_RE = /^#[A-Za-z][A-Za-z0-9_-]{0,200}$/;
export const CLASS_TOKEN_RE = /^ccda-[a-z0-9-]+$/;
export const RASTER_DATA_URL_RE = /^data:image\/(?:png|jpeg|gif|webp);base64,[A-Za-z0-9+/]*={0,2}$/;
const NUMBER_RE = /^\d{1,5}$/;
const LANG_RE = /^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$/;
const DATETIME_RE = /^[0-9T:.+\-Z ]{1,40}$/;

const ENUMS: Readonly<Record<string, ReadonlySet<string>>> = {
  align: new Set(["left", "center", "right", "justify"]),
  valign: new Set(["top", "middle", "bottom", "baseline"]),
  scope: new Set(["row", "col", "rowgroup", "colgroup"]),
  target: new Set(["_blank"]),
};

/** The cleaned value of a non-URL attribute, or undefined to drop it. */
export function cleanAttribute(name: string, value: string): string | undefined {
  switch (name) {
    case "class": {
      const tokens = value.split(/\s+/).filter((t) => CLASS_TOKEN_RE.test(t));
      return tokens.length > 0 ? tokens.join(" ") : undefined;
    }
    case "id":
      return ID_RE.test(value) ? value : undefined;
    case "aria-labelledby": {
      const ids = value.split(/\s+/).filter((t) => ID_RE.test(t));
      return ids.length > 0 ? ids.join(" ") : undefined;
    }
    case "colspan":
    case "rowspan":
    case "span":
    case "aria-level":
    case "data-attachment":
      return NUMBER_RE.test(value) ? value : undefined;
    case "align":
    case "valign":
    case "scope":
    case "target":
      return ENUMS[name]?.has(value.toLowerCase()) ? value.toLowerCase() : undefined;
    case "lang":
      return LANG_RE.test(value) ? value : undefined;
    case "datetime":
      return DATETIME_RE.test(value) ? value : undefined;
    case "hidden":
    case "open":
      return "";
    default:
      return value;
  }
}

const EXTERNAL_REL = "noopener noreferrer nofollow";

/** Links out of the document open apart and tell the target nothing; links within it carry no rel/target. */
export function applyLinkPolicy(link: Element): void {
  const href = link.getAttribute("href");
  if (href !== null && !href.startsWith("#")) {
    link.setAttribute("rel", EXTERNAL_REL);
    link.setAttribute("target", "_blank");
  } else {
    link.removeAttribute("rel");
    link.removeAttribute("target");
  }
}
