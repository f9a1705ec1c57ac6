/**
 * A tiny XML tree + serializer. Values are escaped where they are written (text and attribute leaves), so no
 * builder ever concatenates unescaped clinical text into markup.
 */

export interface XmlElement {
  readonly kind: "element";
  readonly name: string;
  readonly attrs: readonly (readonly [string, string])[];
  readonly children: readonly XmlNode[];
}
export interface XmlText {
  readonly kind: "text";
  readonly text: string;
}
export interface XmlCData {
  readonly kind: "cdata";
  readonly text: string;
}
export interface XmlComment {
  readonly kind: "comment";
  readonly text: string;
}
export type XmlNode = XmlElement | XmlText | XmlCData | XmlComment;

export type Attrs = Readonly<Record<string, string | number | boolean | undefined>>;
/** What builders may pass as children: nodes, plain strings (become text), nothing, or nested arrays. */
export type Child = XmlNode | string | number | null | undefined | false | readonly Child[];

function flatten(children: readonly Child[], out: XmlNode[]): XmlNode[] {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (typeof child === "string" || typeof child === "number") out.push(text(String(child)));
    else if (Array.isArray(child)) flatten(child as readonly Child[], out);
    else out.push(child as XmlNode);
  }
  return out;
}

/** An element; attributes whose value is `undefined` are omitted. */
export function el(name: string, attrs?: Attrs | null, ...children: Child[]): XmlElement {
  const pairs: (readonly [string, string])[] = [];
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value !== undefined) pairs.push([key, String(value)]);
  }
  return { kind: "element", name, attrs: pairs, children: flatten(children, []) };
}

export function text(value: string): XmlText {
  return { kind: "text", text: value };
}

export function cdata(value: string): XmlCData {
  return { kind: "cdata", text: value };
}

export function comment(value: string): XmlComment {
  return { kind: "comment", text: value };
}

export function escapeText(value: string): string {
  return value.replace(/[&<>]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;"));
}

export function escapeAttr(value: string): string {
  return value.replace(/[&<>"\n\r\t]/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface SerializeOptions {
  /** Pretty-print element-only content (mixed content is always written inline to keep its whitespace). */
  indent?: boolean;
  newline?: "\n" | "\r\n";
}

function isInline(node: XmlElement): boolean {
  return node.children.some((child) => child.kind === "text" || child.kind === "cdata");
}

function writeNode(node: XmlNode, out: string[], depth: number, pretty: boolean, nl: string): void {
  const pad = pretty ? nl + "  ".repeat(depth) : "";
  switch (node.kind) {
    case "text":
      out.push(escapeText(node.text));
      return;
    case "cdata":
      // "]]>" cannot appear inside a CDATA section: split it across two sections.
      out.push(`<![CDATA[${node.text.replaceAll("]]>", "]]]]><![CDATA[>")}]]>`);
      return;
    case "comment":
      out.push(`${pad}<!--${node.text.replaceAll("--", "- -")}-->`);
      return;
    case "element":
      writeElement(node, out, depth, pretty, nl, pad);
  }
}

function writeElement(
  node: XmlElement,
  out: string[],
  depth: number,
  pretty: boolean,
  nl: string,
  pad: string,
) {
  let open = `${pad}<${node.name}`;
  for (const [key, value] of node.attrs) open += ` ${key}="${escapeAttr(value)}"`;
  if (node.children.length === 0) {
    out.push(`${open}/>`);
    return;
  }
  out.push(`${open}>`);
  const childPretty = pretty && !isInline(node);
  for (const child of node.children) writeNode(child, out, depth + 1, childPretty, nl);
  out.push(`${childPretty ? pad : ""}</${node.name}>`);
}

/** Serializes one element (no XML declaration). */
export function serialize(node: XmlNode, options: SerializeOptions = {}): string {
  const out: string[] = [];
  writeNode(node, out, 0, options.indent ?? true, options.newline ?? "\n");
  const joined = out.join("");
  return joined.startsWith("\n") || joined.startsWith("\r\n") ? joined.trimStart() : joined;
}

export interface DocumentOptions extends SerializeOptions {
  /** Processing instructions after the declaration, e.g. `xml-stylesheet type="text/xsl" href="cda.xsl"`. */
  processingInstructions?: readonly string[];
  /** Leading comment lines (e.g. the "synthetic data" notice). */
  leadingComment?: string;
  /** The declared encoding (the caller encodes the returned string accordingly). */
  encodingLabel?: string;
}

/** A complete XML document: declaration, processing instructions, optional comment, root element. */
export function serializeDocument(root: XmlElement, options: DocumentOptions = {}): string {
  const nl = options.newline ?? "\n";
  const lines = [`<?xml version="1.0" encoding="${options.encodingLabel ?? "UTF-8"}"?>`];
  for (const pi of options.processingInstructions ?? []) lines.push(`<?${pi}?>`);
  if (options.leadingComment !== undefined) lines.push(serialize(comment(options.leadingComment)));
  lines.push(serialize(root, options));
  return lines.join(nl) + nl;
}
