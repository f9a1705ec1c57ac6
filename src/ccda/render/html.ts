/**
 * A tiny HTML output tree and its serializer. Renderers build `HNode`s; escaping happens here, at the leaves,
 * and nowhere else. Nodes from the parsed XML are never imported into the output.
 */

export type HAttrs = Readonly<Record<string, string | number | boolean | undefined>>;

export interface HElement {
  type: "element";
  tag: string;
  attrs: HAttrs;
  children: HNode[];
}

export interface HText {
  type: "text";
  value: string;
}

export type HNode = HElement | HText;

/** Builds an element. Falsy children are dropped so callers can write `cond && h(...)`. */
export function h(
  tag: string,
  attrs: HAttrs = {},
  children: readonly (HNode | string | false | null | undefined)[] = [],
): HElement {
  const kids: HNode[] = [];
  for (const c of children) {
    if (c === false || c === null || c === undefined) continue;
    kids.push(typeof c === "string" ? { type: "text", value: c } : c);
  }
  return { type: "element", tag, attrs, children: kids };
}

export function text(value: string): HText {
  return { type: "text", value };
}

const VOID = new Set(["br", "col", "hr", "img", "wbr"]);

export function escapeText(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function escapeAttr(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

const TAG_RE = /^[a-z][a-z0-9]*$/;
const ATTR_RE = /^[a-z][a-z0-9-]*$/;

function serializeAttrs(attrs: HAttrs): string {
  let out = "";
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (!ATTR_RE.test(k)) throw new Error(`Invalid attribute name in output: ${k}`);
    out += v === true ? ` ${k}` : ` ${k}="${escapeAttr(String(v))}"`;
  }
  return out;
}

/** Serializes nodes to an HTML string. Tag and attribute names are checked, every value escaped. */
export function toHtml(nodes: readonly HNode[]): string {
  const parts: string[] = [];
  const walk = (n: HNode): void => {
    if (n.type === "text") {
      parts.push(escapeText(n.value));
      return;
    }
    if (!TAG_RE.test(n.tag)) throw new Error(`Invalid tag name in output: ${n.tag}`);
    parts.push(`<${n.tag}${serializeAttrs(n.attrs)}>`);
    if (VOID.has(n.tag)) return;
    for (const c of n.children) walk(c);
    parts.push(`</${n.tag}>`);
  };
  for (const n of nodes) walk(n);
  return parts.join("");
}

/** The plain text of an output tree (for TOC labels, titles, tests). */
export function plainText(nodes: readonly HNode[]): string {
  let out = "";
  const walk = (n: HNode): void => {
    if (n.type === "text") out += n.value;
    else n.children.forEach(walk);
  };
  nodes.forEach(walk);
  return out;
}
