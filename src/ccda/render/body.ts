/** The document body: structuredBody sections in order (each isolated), a nonXMLBody, or a header-only note. */
import { h, type HNode } from "./html";
import type { TocEntry } from "../types";
import { child, children } from "../parse/xml";
import type { DocumentState } from "./document-state";
import { renderNonXmlBody } from "./non-xml-body";
import { renderSection, sectionTitle, type SectionResult } from "./section";

export interface BodyResult {
  nodes: HNode[];
  toc: TocEntry[];
}

/** A top-level section that fails as a whole (even its heading) still leaves a visible trace. */
function safeSection(section: Element, index: number, doc: DocumentState): SectionResult {
  try {
    return renderSection(section, [index], doc);
  } catch (error) {
    const title = sectionTitle(section);
    const reason = error instanceof Error ? error.message : String(error);
    doc.ctx.warnings.add(
      "invalid-value",
      `This section could not be displayed (${reason})`,
      `section ${title}`,
    );
    const id = doc.ids.claim(`s${index}-failed`);
    const node = h("section", { class: "ccda-section ccda-section-error", "aria-labelledby": id }, [
      h("h2", { id, class: "ccda-section-title" }, [title]),
      h("p", {}, ["This section could not be displayed."]),
    ]);
    return { node, toc: { id, title, level: 2, children: [] } };
  }
}

export function renderBody(root: Element, doc: DocumentState, title: string): BodyResult {
  const component = child(root, "component");
  const structured = child(component, "structuredBody");
  if (structured) {
    const sections = children(structured, "component").flatMap((c) => children(c, "section"));
    const results = sections.map((s, i) => safeSection(s, i + 1, doc));
    return { nodes: results.map((r) => r.node), toc: results.map((r) => r.toc) };
  }
  const nonXml = child(component, "nonXMLBody");
  if (nonXml) return { nodes: renderNonXmlBody(nonXml, doc, title), toc: [] };
  return {
    nodes: [h("p", { class: "ccda-body-note" }, ["This document has a header only (no body)."])],
    toc: [],
  };
}
