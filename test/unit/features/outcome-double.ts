/** Renderer outcomes made by hand, for tests that mock the renderer. */
import { h, text, type HNode } from "../../../src/ccda/render/html";
import type { DocumentParts, RenderOutcome } from "../../../src/ccda/types";

/** HTML written by a test → the output tree the renderer would have built for it. */
export function nodesOf(html: string): HNode[] {
  const template = document.createElement("template");
  template.innerHTML = html;
  const fromDom = (node: Node): HNode =>
    node instanceof Element
      ? h(
          node.localName,
          Object.fromEntries([...node.attributes].map((a) => [a.name, a.value])),
          [...node.childNodes].map(fromDom),
        )
      : text(node.textContent ?? "");
  return [...template.content.childNodes].map(fromDom);
}

/** A document of no sections whose header is `html`, in the parts the viewer shows (spread it to add some). */
export function headerOnlyParts(html: string): DocumentParts {
  return {
    docId: "",
    documentCode: undefined,
    effectiveTime: undefined,
    header: html,
    footer: "",
    body: "",
    nodes: { header: nodesOf(html), body: [] },
    sections: [],
  };
}

/** A successful outcome whose whole document is the header `html`. */
export function headerOnlyOutcome(html: string, title: string): Extract<RenderOutcome, { ok: true }> {
  return { ok: true, html, title, toc: [], warnings: [], attachments: [], parts: headerOnlyParts(html) };
}
