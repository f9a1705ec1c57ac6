/**
 * The choke point between HTML strings (foreign HTML notes and attachments; our output where it is a string) and
 * the DOM, and the only importer of DOMPurify. Our renderer's output tree takes the node path (safe-nodes.ts),
 * which applies the same allow-lists and policies and is held equal to this one by its tests.
 * Each sanitizer is a private DOMPurify instance (never the global one) with frozen allow-lists and hooks that
 * enforce the URL policy: href only http(s)/mailto/tel (and "#id" in our documents), img src only data: URLs of
 * raster images, classes only our ccda-* tokens, external links always rel="noopener noreferrer nofollow".
 * Both functions are idempotent: sanitizing sanitized output changes nothing.
 */
import DOMPurify, { type Config, type DOMPurify as Purifier } from "dompurify";
import { DOCUMENT_ATTRS, DOCUMENT_TAGS, FOREIGN_ATTRS, FOREIGN_TAGS, NON_URL_ATTRS } from "./allow-lists";
import {
  applyLinkPolicy,
  cleanAttribute,
  FRAGMENT_RE,
  RASTER_DATA_URL_RE,
  safeExternalHref,
} from "./policies";
import { markSafe, type SafeHtml } from "./safe-html";

interface Policy {
  allowFragments: boolean;
}

function baseConfig(tags: readonly string[], attrs: readonly string[]): Config {
  return {
    ALLOWED_TAGS: [...tags],
    ALLOWED_ATTR: [...attrs],
    ADD_URI_SAFE_ATTR: [...NON_URL_ATTRS],
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|tel:|#)/i,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    ALLOW_UNKNOWN_PROTOCOLS: false,
    ALLOW_SELF_CLOSE_IN_ATTR: false,
    KEEP_CONTENT: true,
    RETURN_DOM: false,
    RETURN_DOM_FRAGMENT: false,
    RETURN_TRUSTED_TYPE: false,
  };
}

/** The URL to keep (canonicalised for links), or undefined to drop the attribute. */
function allowedUrl(name: string, value: string, policy: Policy): string | undefined {
  if (name === "src") return RASTER_DATA_URL_RE.test(value) ? value : undefined;
  if (policy.allowFragments && FRAGMENT_RE.test(value)) return value;
  return safeExternalHref(value);
}

function createPurifier(policy: Policy, config: Readonly<Config>): Purifier {
  const purifier = DOMPurify(window);
  // Set once: a config passed to every sanitize() call is parsed again each time (sets built from the lists),
  // which the bench showed as a fixed cost per section. A copy, because DOMPurify may write into it.
  purifier.setConfig({ ...config });
  purifier.addHook("uponSanitizeAttribute", (_node, data) => {
    const name = data.attrName;
    if (name === "href" || name === "src") {
      const url = allowedUrl(name, data.attrValue, policy);
      if (url === undefined) data.keepAttr = false;
      else data.attrValue = url;
      return;
    }
    const cleaned = cleanAttribute(name, data.attrValue);
    if (cleaned === undefined) data.keepAttr = false;
    else data.attrValue = cleaned;
  });
  purifier.addHook("afterSanitizeAttributes", (node) => {
    if (node.tagName === "A") applyLinkPolicy(node);
  });
  return purifier;
}

const DOCUMENT_CONFIG: Readonly<Config> = Object.freeze(baseConfig(DOCUMENT_TAGS, DOCUMENT_ATTRS));
const FOREIGN_CONFIG: Readonly<Config> = Object.freeze(baseConfig(FOREIGN_TAGS, FOREIGN_ATTRS));

let documentPurifier: Purifier | undefined;
let foreignPurifier: Purifier | undefined;

/** Sanitizes our own rendered C-CDA output (the last step before the DOM). */
export function sanitizeDocumentHtml(html: string): SafeHtml {
  documentPurifier ??= createPurifier({ allowFragments: true }, DOCUMENT_CONFIG);
  return markSafe(documentPurifier.sanitize(html));
}

/** Sanitizes HTML written by someone else (HTML notes/attachments): basic formatting only, no ids or classes. */
export function sanitizeForeignHtml(html: string): SafeHtml {
  foreignPurifier ??= createPurifier({ allowFragments: false }, FOREIGN_CONFIG);
  return markSafe(foreignPurifier.sanitize(html));
}
