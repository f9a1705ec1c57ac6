/**
 * A small XML tokenizer for the source view: splits text into runs of markup kinds so React can render them as
 * text inside styled spans (never as markup). Lenient: anything it does not recognise is plain text.
 */
export type XmlTokenKind = "text" | "tag" | "attr-name" | "attr-value" | "comment" | "pi" | "cdata" | "punct";

export interface XmlToken {
  kind: XmlTokenKind;
  text: string;
}

const SPECIAL: readonly [string, string, XmlTokenKind][] = [
  ["<!--", "-->", "comment"],
  ["<![CDATA[", "]]>", "cdata"],
  ["<?", "?>", "pi"],
  ["<!", ">", "pi"],
];

const ATTR_RE = /([^\s=/>]+)(\s*=\s*)("[^"]*"|'[^']*')?|(\s+)|([^\s]+?)/y;

function tagTokens(tag: string, out: XmlToken[]): void {
  const head = /^<\/?[^\s/>]*/.exec(tag)?.[0] ?? "<";
  out.push({ kind: "tag", text: head });
  const closeLength = tag.endsWith("/>") ? 2 : tag.endsWith(">") ? 1 : 0;
  const body = tag.slice(head.length, tag.length - closeLength);
  ATTR_RE.lastIndex = 0;
  for (let m = ATTR_RE.exec(body); m !== null && m[0] !== ""; m = ATTR_RE.exec(body)) {
    if (m[1] !== undefined) {
      out.push({ kind: "attr-name", text: m[1] });
      out.push({ kind: "punct", text: m[2] ?? "" });
      if (m[3] !== undefined) out.push({ kind: "attr-value", text: m[3] });
    } else out.push({ kind: "text", text: m[0] });
    if (ATTR_RE.lastIndex >= body.length) break;
  }
  if (closeLength > 0) out.push({ kind: "tag", text: tag.slice(tag.length - closeLength) });
}

export function tokenizeXml(source: string): XmlToken[] {
  const out: XmlToken[] = [];
  let i = 0;
  while (i < source.length) {
    const lt = source.indexOf("<", i);
    if (lt < 0) {
      out.push({ kind: "text", text: source.slice(i) });
      break;
    }
    if (lt > i) out.push({ kind: "text", text: source.slice(i, lt) });
    const special = SPECIAL.find(([open]) => source.startsWith(open, lt));
    if (special !== undefined) {
      const end = source.indexOf(special[1], lt + special[0].length);
      const stop = end < 0 ? source.length : end + special[1].length;
      out.push({ kind: special[2], text: source.slice(lt, stop) });
      i = stop;
      continue;
    }
    const gt = source.indexOf(">", lt);
    const stop = gt < 0 ? source.length : gt + 1;
    tagTokens(source.slice(lt, stop), out);
    i = stop;
  }
  return out;
}
