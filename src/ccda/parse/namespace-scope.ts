/**
 * The namespace declarations in scope at an element, and parsing a piece of a document's content inside a
 * wrapper that redeclares them: the piece's elements then get the namespaces a parse of the whole text gives.
 */
import { parserErrorOf } from "./parser-error";

const XMLNS_NS = "http://www.w3.org/2000/xmlns/";

export interface NamespaceScope {
  /** Prefix ("" for the default namespace) → namespace URI. */
  readonly ns: ReadonlyMap<string, string>;
  /** The same, as attributes for a wrapper start tag (` xmlns="…" xmlns:p="…"`). */
  readonly decls: string;
}

const escapeAttr = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

/** The scope inside `el`: its parent's scope plus its own xmlns attributes. */
export function scopeOf(el: Element, parent: NamespaceScope | undefined): NamespaceScope {
  const ns = new Map(parent?.ns ?? []);
  for (const a of Array.from(el.attributes)) {
    if (a.namespaceURI === XMLNS_NS) ns.set(a.prefix === null ? "" : a.localName, a.value);
  }
  let decls = "";
  for (const [prefix, uri] of ns) {
    // `xml` is bound by definition and `xmlns` may not be declared.
    if (prefix === "xml" || prefix === "xmlns") continue;
    decls += `${prefix === "" ? " xmlns" : ` xmlns:${prefix}`}="${escapeAttr(uri)}"`;
  }
  return { ns, decls };
}

export function parseXml(text: string): Document {
  return new DOMParser().parseFromString(text, "application/xml");
}

/** Content parsed in `scope`: the wrapper element holding it, or undefined when it is not well-formed. */
export function parseInScope(scope: NamespaceScope, content: string): Element | undefined {
  const piece = parseXml(`<_w${scope.decls}>${content}</_w>`);
  return parserErrorOf(piece) ? undefined : piece.documentElement;
}
