/**
 * Our renderer's output tree → sanitized DOM nodes, without an HTML string in between. The renderer already
 * builds a tree (src/ccda/render/html.ts); serializing it to HTML only for DOMPurify to parse it again, walk it,
 * serialize it once more and React to parse that a third time was most of the cost of showing a document.
 * Here each element is created (in an inert document: nothing loads until the nodes are inserted) only if the
 * same rules DOMPurify applies to `sanitizeDocumentHtml` allow it: the frozen tag and attribute allow-lists,
 * the attribute policies and URL policy of its hooks, and DOMPurify's own attribute checks (URI-unsafe values,
 * markup in values, DOM clobbering). Text only ever becomes text nodes. A test holds this output equal to
 * DOMPurify's over the document corpora and the hostile documents.
 */
import { DOCUMENT_ATTRS, DOCUMENT_TAGS, NON_URL_ATTRS } from "./allow-lists";
import {
  applyLinkPolicy,
  cleanAttribute,
  FRAGMENT_RE,
  RASTER_DATA_URL_RE,
  safeExternalHref,
} from "./policies";

/** The renderer's output tree, described by shape so this module depends on nothing outside sanitize/. */
export type OutputNode =
  | { readonly type: "text"; readonly value: string }
  | {
      readonly type: "element";
      readonly tag: string;
      readonly attrs: Readonly<Record<string, string | number | boolean | undefined>>;
      readonly children: readonly OutputNode[];
    };

declare const safeNodesBrand: unique symbol;

/** Sanitized top-level nodes, ready to insert (only this module mints them; <SanitizedNodes> inserts them). */
export type SafeNodes = readonly Node[] & { readonly [safeNodesBrand]: true };

const TAGS: ReadonlySet<string> = new Set(DOCUMENT_TAGS);
const ATTRS: ReadonlySet<string> = new Set(DOCUMENT_ATTRS);
/** DOMPurify's default URI-safe attributes plus ours: their values are not tested against the URL pattern. */
const URI_SAFE: ReadonlySet<string> = new Set([
  ...["alt", "class", "for", "id", "label", "name", "pattern", "placeholder", "role", "summary", "title"],
  ...["value", "style", "xmlns"],
  ...NON_URL_ATTRS,
]);
/** Elements whose content DOMPurify drops with them (KEEP_CONTENT keeps the content of any other element). */
const FORBID_CONTENTS: ReadonlySet<string> = new Set(
  ["annotation-xml", "audio", "colgroup", "desc", "foreignobject", "head", "iframe", "math", "mi", "mn", "mo"]
    .concat(["ms", "mtext", "noembed", "noframes", "noscript", "plaintext", "script", "selectedcontent"])
    .concat(["style", "svg", "template", "thead", "title", "video", "xmp"]),
);
const URI_RE = /^(?:https?:|mailto:|tel:|#)/i;
// eslint-disable-next-line no-control-regex -- DOMPurify's ATTR_WHITESPACE: stripped before the URL test
const ATTR_WHITESPACE = /[\u0000-\u0020\u00A0\u1680\u180E\u2000-\u2029\u205F\u3000]/g;
/** DOMPurify's SAFE_FOR_XML breakout probe and its self-closing probe (values that could close a tag). */
const ATTR_BREAKOUT = /((--!?|])>)|<\/(style|script|title|xmp|textarea|noscript|iframe|noembed|noframes)/i;
const SELF_CLOSE = /\/>/i;
const NAME_RE = /^[a-z][a-z0-9-]*$/;
/** Line breaks as an HTML parser leaves them (CR LF and lone CR become LF), so both paths give the same text. */
const CR = /\r\n?/g;

let inert: Document | undefined;
let formProbe: HTMLFormElement | undefined;

/** DOMPurify's SANITIZE_DOM rule: an id or name that would shadow a document or form property is dropped. */
function clobbers(value: string): boolean {
  formProbe ??= document.createElement("form");
  return value in document || value in formProbe;
}

/** The value to set, or undefined to leave the attribute out (the hooks' policy, then DOMPurify's checks). */
function attributeValue(tag: string, name: string, raw: string): string | undefined {
  let value = raw.replace(CR, "\n").trim();
  if (name === "href" || name === "src") {
    const url =
      name === "src"
        ? RASTER_DATA_URL_RE.test(value)
          ? value
          : undefined
        : FRAGMENT_RE.test(value)
          ? value
          : safeExternalHref(value);
    if (url === undefined) return undefined;
    value = url;
  } else {
    const cleaned = cleanAttribute(name, value);
    if (cleaned === undefined) return undefined;
    value = cleaned;
  }
  if (ATTR_BREAKOUT.test(value) || SELF_CLOSE.test(value) || !ATTRS.has(name)) return undefined;
  if ((name === "id" || name === "name") && clobbers(value)) return undefined;
  if (URI_SAFE.has(name) || URI_RE.test(value.replace(ATTR_WHITESPACE, ""))) return value;
  const dataUrl = name === "src" && value.startsWith("data:") && tag === "img";
  return dataUrl || value === "" ? value : undefined;
}

function setAttributes(el: Element, tag: string, attrs: Extract<OutputNode, { type: "element" }>["attrs"]) {
  for (const key of Object.keys(attrs)) {
    const raw = attrs[key];
    if (raw === undefined || raw === false) continue;
    const name = key.toLowerCase();
    if (!NAME_RE.test(name)) continue;
    const value = attributeValue(tag, name, raw === true ? "" : String(raw));
    if (value !== undefined) el.setAttribute(name, value);
  }
  if (tag === "a") applyLinkPolicy(el);
}

/** Appends the sanitized form of `nodes` to `parent`. Iterative, so hostile nesting cannot overflow the stack. */
function build(doc: Document, parent: Node, nodes: readonly OutputNode[]): void {
  const stack: { parent: Node; nodes: readonly OutputNode[]; next: number }[] = [{ parent, nodes, next: 0 }];
  for (let top = stack.at(-1); top !== undefined; top = stack.at(-1)) {
    const node = top.nodes[top.next];
    if (node === undefined) {
      stack.pop();
      continue;
    }
    top.next += 1;
    if (node.type === "text") {
      top.parent.appendChild(doc.createTextNode(node.value.replace(CR, "\n")));
      continue;
    }
    const tag = node.tag.toLowerCase();
    if (!TAGS.has(tag)) {
      // KEEP_CONTENT: a disallowed element goes, its content stays (unless it is script-like content).
      if (!FORBID_CONTENTS.has(tag)) stack.push({ parent: top.parent, nodes: node.children, next: 0 });
      continue;
    }
    const el = doc.createElement(tag);
    setAttributes(el, tag, node.attrs);
    top.parent.appendChild(el);
    if (node.children.length > 0) stack.push({ parent: el, nodes: node.children, next: 0 });
  }
}

/** Sanitizes our own rendered C-CDA output tree into DOM nodes (the last step before the page). */
export function sanitizeDocumentNodes(nodes: readonly OutputNode[]): SafeNodes {
  inert ??= document.implementation.createHTMLDocument("");
  const holder = inert.createDocumentFragment();
  build(inert, holder, nodes);
  return Array.from(holder.childNodes) as unknown as SafeNodes;
}

/** Nothing to show. */
export const EMPTY_SAFE_NODES = [] as unknown as SafeNodes;
