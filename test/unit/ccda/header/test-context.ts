/** Test helpers for header, format and entries tests: parse a small XML string, build a RenderContext, serialize. */
import { indexIds } from "../../../../src/ccda/parse/xml";
import type { RenderContext } from "../../../../src/ccda/render/context";
import { plainText, toHtml, type HNode } from "../../../../src/ccda/render/html";
import { Warnings } from "../../../../src/ccda/warnings";

export const V3 =
  'xmlns="urn:hl7-org:v3" xmlns:sdtc="urn:hl7-org:sdtc" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';

/** Parses XML and returns its root element; throws on a parse error so a broken fixture fails loudly. */
export function parseXml(xml: string): Element {
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  const err = doc.getElementsByTagName("parsererror")[0];
  if (err) throw new Error(`fixture is not well-formed XML: ${err.textContent}`);
  return doc.documentElement;
}

/** A single CDA element of the given local name, wrapped in the v3 namespace for the test. */
export function el(xml: string): Element {
  const root = parseXml(`<wrap ${V3}>${xml}</wrap>`);
  const first = root.firstElementChild;
  if (!first) throw new Error("fixture has no element");
  return first;
}

export function makeCtx(root: Element, documentTime?: string): RenderContext {
  return { idPrefix: "t", warnings: new Warnings(), ids: indexIds(root), documentTime };
}

/** Renders output nodes into a detached div so tests can query them like a browser would. */
export function mount(node: HNode | undefined): HTMLDivElement {
  const div = document.createElement("div");
  div.innerHTML = node ? toHtml([node]) : "";
  return div;
}

export function textOfNode(node: HNode | undefined): string {
  return node ? plainText([node]).replace(/\s+/g, " ").trim() : "";
}

/** The `<dd>` texts under every `<dt>` with this label in `root`, in document order. */
export function ddTexts(root: ParentNode, label: string): string[] {
  const out: string[] = [];
  for (const dt of Array.from(root.querySelectorAll("dt")).filter((d) => d.textContent === label)) {
    for (let n = dt.nextElementSibling; n && n.tagName === "DD"; n = n.nextElementSibling) {
      out.push(n.textContent.replace(/\s+/g, " ").trim());
    }
  }
  return out;
}
