/**
 * Namespace-aware, defensive XML helpers over DOM Elements. CDA elements live in `urn:hl7-org:v3`, but real
 * senders also omit the namespace entirely; both count as "CDA". Lookups return undefined/[] instead of throwing.
 */

export const V3_NS = "urn:hl7-org:v3";
export const SDTC_NS = "urn:hl7-org:sdtc";
export const XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";

/** True for a CDA element (v3 namespace, or no namespace at all) with this local name. */
export function isCda(node: Node | null | undefined, localName?: string): node is Element {
  if (!node || node.nodeType !== 1) return false;
  const el = node as Element;
  if (el.namespaceURI !== V3_NS && el.namespaceURI !== null) return false;
  return localName === undefined || el.localName === localName;
}

/** True for an sdtc extension element with this local name. */
export function isSdtc(node: Node | null | undefined, localName: string): node is Element {
  return (
    !!node &&
    node.nodeType === 1 &&
    (node as Element).namespaceURI === SDTC_NS &&
    (node as Element).localName === localName
  );
}

/** Element children (any namespace). */
export function elementChildren(el: Element): Element[] {
  const out: Element[] = [];
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) out.push(c);
  return out;
}

type ElementTest = (node: Element, localName: string) => boolean;

function childrenWhere(el: Element | undefined, test: ElementTest, localName: string): Element[] {
  const out: Element[] = [];
  for (let c = el?.firstElementChild; c; c = c.nextElementSibling) if (test(c, localName)) out.push(c);
  return out;
}

function firstChildWhere(el: Element | undefined, test: ElementTest, localName: string): Element | undefined {
  for (let c = el?.firstElementChild; c; c = c.nextElementSibling) if (test(c, localName)) return c;
  return undefined;
}

/** CDA children with this local name. */
export function children(el: Element | undefined, localName: string): Element[] {
  return childrenWhere(el, isCda, localName);
}

/** The first CDA child with this local name. */
export function child(el: Element | undefined, localName: string): Element | undefined {
  return firstChildWhere(el, isCda, localName);
}

/** Walks a path of CDA child names, taking the first match at each step. */
export function path(el: Element | undefined, ...names: string[]): Element | undefined {
  let cur = el;
  for (const n of names) {
    cur = child(cur, n);
    if (!cur) return undefined;
  }
  return cur;
}

/** Every element reached by a path, following all matches at each step. */
export function pathAll(el: Element | undefined, ...names: string[]): Element[] {
  let cur: Element[] = el ? [el] : [];
  for (const n of names) cur = cur.flatMap((e) => children(e, n));
  return cur;
}

/** The first sdtc child with this local name. */
export function sdtcChild(el: Element | undefined, localName: string): Element | undefined {
  return firstChildWhere(el, isSdtc, localName);
}

/** All sdtc children with this local name. */
export function sdtcChildren(el: Element | undefined, localName: string): Element[] {
  return childrenWhere(el, isSdtc, localName);
}

/** A non-empty attribute value (unqualified name), else undefined. */
export function attr(el: Element | undefined, name: string): string | undefined {
  const v = el?.getAttribute(name);
  return v === null || v === undefined || v === "" ? undefined : v;
}

/** The xsi:type of an element (prefix stripped), e.g. "CD", "PQ", "IVL_TS". */
export function xsiType(el: Element | undefined): string | undefined {
  const v = el?.getAttributeNS(XSI_NS, "type") ?? el?.getAttribute("xsi:type") ?? null;
  if (!v) return undefined;
  const i = v.indexOf(":");
  return i >= 0 ? v.slice(i + 1) : v;
}

/** A text or CDATA node holding only whitespace. */
export function isBlankText(node: Node): boolean {
  return (node.nodeType === 3 || node.nodeType === 4) && (node.nodeValue ?? "").trim() === "";
}

/** Whitespace-normalised text content ("" when absent). */
export function textOf(el: Element | undefined): string {
  return normalizeSpace(el?.textContent ?? "");
}

export function normalizeSpace(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/** Index of every element carrying an `ID` attribute (CDA IDs are case-sensitive). Built once per document. */
export function indexIds(root: Element): Map<string, Element> {
  const map = new Map<string, Element>();
  const add = (el: Element) => {
    const id = el.getAttribute("ID");
    if (id && !map.has(id)) map.set(id, el);
  };
  add(root);
  // A native walk in document order (a JS walk over every element cost more than the parse of small documents);
  // attribute names in selectors are case-sensitive in XML documents, as getAttribute is.
  root.querySelectorAll("[ID]").forEach(add);
  return map;
}

/** The next element after `el` in document order within `root`, or null at the end. */
export function nextInDocumentOrder(el: Element, root: Element): Element | null {
  if (el.firstElementChild) return el.firstElementChild;
  for (let cur: Element | null = el; cur && cur !== root; cur = cur.parentElement) {
    if (cur.nextElementSibling) return cur.nextElementSibling;
  }
  return null;
}

/** Like isCda(el, localName) but not a type guard, for values already typed as Element. */
export function isCdaNamed(el: Element, localName: string): boolean {
  return isCda(el, localName);
}
