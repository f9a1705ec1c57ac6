/** Builders for CDA narrative blocks (section/text): tables, paragraphs, content spans. */
import type { Child, XmlElement } from "./xml-writer";
import { el } from "./xml-writer";

export function narrative(...children: Child[]): XmlElement {
  return el("text", null, ...children);
}

export function para(...children: Child[]): XmlElement {
  return el("paragraph", null, ...children);
}

export function span(id: string | undefined, ...children: Child[]): XmlElement {
  return el("content", { ID: id }, ...children);
}

export function styled(styleCode: string, ...children: Child[]): XmlElement {
  return el("content", { styleCode }, ...children);
}

/** A simple header + body table, the shape most EHRs emit. */
export function simpleTable(
  headers: readonly string[],
  rows: readonly (readonly Child[])[],
  caption?: string,
): XmlElement {
  return el(
    "table",
    { border: "1", width: "100%" },
    caption !== undefined ? el("caption", null, caption) : null,
    el(
      "thead",
      null,
      el(
        "tr",
        null,
        headers.map((h) => el("th", null, h)),
      ),
    ),
    el(
      "tbody",
      null,
      rows.map((cells) =>
        el(
          "tr",
          null,
          cells.map((cell) => el("td", null, cell)),
        ),
      ),
    ),
  );
}

export function list(
  items: readonly Child[],
  attrs: { listType?: "ordered" | "unordered"; styleCode?: string } = {},
  caption?: string,
): XmlElement {
  return el(
    "list",
    attrs,
    caption !== undefined ? el("caption", null, caption) : null,
    items.map((item) => el("item", null, item)),
  );
}
