/** Output invariants every sanitized string must satisfy (shared by the sanitizer, security and corpus tests). */
import {
  DOCUMENT_ATTRS,
  DOCUMENT_TAGS,
  FOREIGN_ATTRS,
  FOREIGN_TAGS,
} from "../../../src/sanitize/allow-lists";

export type Flavour = "document" | "foreign";

const TAGS: Record<Flavour, ReadonlySet<string>> = {
  document: new Set(DOCUMENT_TAGS),
  foreign: new Set(FOREIGN_TAGS),
};
const ATTRS: Record<Flavour, ReadonlySet<string>> = {
  document: new Set(DOCUMENT_ATTRS),
  foreign: new Set(FOREIGN_ATTRS),
};

const HREF_OK = /^(?:https?:\/\/|mailto:|tel:|#)/i;
const SRC_OK = /^data:image\/(?:png|jpeg|gif|webp);base64,[A-Za-z0-9+/]*={0,2}$/;

/** Sanitized HTML parsed into an inert <template> fragment. */
export function fragmentOf(html: string): DocumentFragment {
  const template = document.createElement("template");
  template.innerHTML = html;
  return template.content;
}

/** Problems found in sanitized HTML (empty = fine); pass `fragment` when it is already parsed. */
export function invariantViolations(html: string, flavour: Flavour, fragment = fragmentOf(html)): string[] {
  const problems: string[] = [];
  if (/<script/i.test(html)) problems.push("contains <script");
  for (const el of Array.from(fragment.querySelectorAll("*"))) {
    const tag = el.localName;
    if (el.namespaceURI !== "http://www.w3.org/1999/xhtml") problems.push(`foreign element ${tag}`);
    if (!TAGS[flavour].has(tag)) problems.push(`element <${tag}> outside the allow-list`);
    for (const a of Array.from(el.attributes)) {
      if (/^on/i.test(a.name)) problems.push(`event handler ${a.name} on <${tag}>`);
      // DOMPurify neutralises `is` as is="" (removing it would re-serialize the original value, per the DOM spec).
      const neutralisedIs = a.name === "is" && a.value === "";
      if (!ATTRS[flavour].has(a.name) && !neutralisedIs)
        problems.push(`attribute ${a.name} on <${tag}> outside the allow-list`);
      if (a.name === "href" && !HREF_OK.test(a.value)) problems.push(`href ${a.value.slice(0, 60)}`);
      if (a.name === "src" && !SRC_OK.test(a.value)) problems.push(`src ${a.value.slice(0, 60)}`);
      if (a.name === "class" && !a.value.split(" ").every((c) => /^ccda-[a-z0-9-]+$/.test(c))) {
        problems.push(`class ${a.value}`);
      }
      if (/(?:java|vb)script:|data:text/i.test(a.value) && (a.name === "href" || a.name === "src")) {
        problems.push(`dangerous URL in ${a.name}`);
      }
    }
  }
  return problems;
}
