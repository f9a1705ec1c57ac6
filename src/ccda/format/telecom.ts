/**
 * Telecom addresses (TEL). Only tel:, mailto: and https: become links; everything else (http:, fax:, javascript:,
 * data:, anything unparseable) is shown as text. The sanitizer checks links again; this is the first wall.
 */
import { isolateBidi } from "./bidi";
import { attr } from "../parse/xml";
import { h, type HNode } from "../render/html";
import { nullFlavorOf } from "./null-flavor";
import { labelsOfUse } from "./use-codes";

const TELECOM_USES: Readonly<Record<string, string>> = {
  H: "Home",
  HP: "Home",
  HV: "Vacation home",
  WP: "Work",
  DIR: "Direct",
  PUB: "Public",
  BAD: "Bad",
  TMP: "Temporary",
  AS: "Answering service",
  EC: "Emergency contact",
  MC: "Mobile",
  PG: "Pager",
};

const SCHEME_LABELS: Readonly<Record<string, string>> = {
  tel: "Phone",
  fax: "Fax",
  mailto: "Email",
  http: "Web",
  https: "Web",
};

const LINKABLE = new Set(["tel", "mailto", "https"]);

/** The URL scheme, lower case, when the value starts with a syntactically valid one. */
export function telecomScheme(value: string): string | undefined {
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(value);
  return m?.[1]?.toLowerCase();
}

/** "Home phone", "Work email", "Mobile", "Fax" … from the use code(s) and the scheme. */
export function telecomLabel(el: Element | undefined): string {
  const value = attr(el, "value")?.trim() ?? "";
  const scheme = telecomScheme(value);
  const kind = scheme === undefined ? undefined : SCHEME_LABELS[scheme];
  const use = labelsOfUse(el, TELECOM_USES) ?? "";
  if (use === "Mobile" && (kind === "Phone" || kind === undefined)) return "Mobile";
  if (use && kind) return `${use} ${kind.toLowerCase()}`;
  return use || kind || "Contact";
}

/** The visible text: the value without a tel:/mailto:/fax: scheme. */
export function telecomText(value: string): string {
  const scheme = telecomScheme(value);
  if (scheme === "tel" || scheme === "mailto" || scheme === "fax")
    return value.slice(scheme.length + 1).trim();
  return value;
}

function isSafeHttps(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" && url.hostname !== "";
  } catch {
    return false;
  }
}

/** Control characters and tabs/newlines inside a URL are a smuggling trick (java\tscript:); no link then. */
function hasControlChars(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return true;
  }
  return false;
}

/** The href for a telecom value when it may be a link, else undefined. */
export function telecomHref(value: string): string | undefined {
  if (hasControlChars(value)) return undefined;
  const scheme = telecomScheme(value);
  if (scheme === undefined || !LINKABLE.has(scheme)) return undefined;
  if (scheme === "https") return isSafeHttps(value) ? value : undefined;
  return value.replace(/\s+/g, "");
}

/** `<span class="ccda-telecom">Label: value</span>`, the value a link only for tel:, mailto: and https:. */
export function renderTelecom(el: Element | undefined): HNode | undefined {
  if (!el) return undefined;
  const value = attr(el, "value")?.trim();
  if (value === undefined) {
    const nf = nullFlavorOf(el);
    return nf === undefined ? undefined : h("span", { class: "ccda-telecom" }, [nf]);
  }
  const href = telecomHref(value);
  const shown = isolateBidi(telecomText(value));
  const valueNode = href === undefined ? shown : h("a", { href, rel: "noopener noreferrer" }, [shown]);
  return h("span", { class: "ccda-telecom" }, [`${telecomLabel(el)}: `, valueNode]);
}
