/**
 * The document body: structuredBody sections in order (each isolated), a nonXMLBody, or a header-only note.
 * Sections are planned first (their outline: ids, titles, codes) and rendered afterwards, one at a time, so a
 * viewer can render them progressively.
 */
import { h, toHtml, type HElement, type HNode } from "./html";
import { child, children } from "../parse/xml";
import type { DocumentState } from "./document-state";
import { renderNonXmlBody } from "./non-xml-body";
import { outlineSection, renderSectionInner, sectionTitle, type SectionOutline } from "./section";

export type BodyPlan = { kind: "sections"; outlines: SectionOutline[] } | { kind: "other"; nodes: HNode[] };

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A top-level section whose outline fails still gets a heading (and, when rendered, a note). */
function safeOutline(section: Element, index: number, doc: DocumentState): SectionOutline {
  try {
    return outlineSection(section, [index], doc);
  } catch (error) {
    const title = sectionTitle(section);
    doc.ctx.warnings.add("invalid-value", `This section could not be displayed (${reasonOf(error)})`, title);
    const id = doc.ids.claim(`s${index}-failed`);
    return { el: section, id, headingId: id, title, level: 2, code: undefined, tooDeep: false, children: [] };
  }
}

export function planBody(root: Element, doc: DocumentState, title: string): BodyPlan {
  const component = child(root, "component");
  const structured = child(component, "structuredBody");
  if (structured) {
    const sections = children(structured, "component").flatMap((c) => children(c, "section"));
    return { kind: "sections", outlines: sections.map((s, i) => safeOutline(s, i + 1, doc)) };
  }
  const nonXml = child(component, "nonXMLBody");
  if (nonXml) return { kind: "other", nodes: renderNonXmlBody(nonXml, doc, title) };
  return {
    kind: "other",
    nodes: [h("p", { class: "ccda-body-note" }, ["This document has a header only (no body)."])],
  };
}

/** What goes under a top-level section's heading; a section that fails as a whole leaves a visible note. */
export function renderTopSectionInner(outline: SectionOutline, doc: DocumentState): HNode[] {
  try {
    return renderSectionInner(outline, doc);
  } catch (error) {
    doc.ctx.warnings.add(
      "invalid-value",
      `This section could not be displayed (${reasonOf(error)})`,
      `section ${outline.title}`,
    );
    return [h("p", {}, ["This section could not be displayed."])];
  }
}

/** An element's HTML with `inner` (already HTML) as its content. */
export function wrapHtml(el: HElement, inner: string): string {
  const close = `</${el.tag}>`;
  return toHtml([el]).slice(0, -close.length) + inner + close;
}

/** The whole top-level <section> (heading included), as the one-string output has it. */
export function topSectionHtml(outline: SectionOutline, innerHtml: string): string {
  const attrs = { class: "ccda-section", id: outline.id, "aria-labelledby": outline.headingId };
  const heading = h("h2", { id: outline.headingId, class: "ccda-section-title ccda-level-2" }, [
    outline.title,
  ]);
  return wrapHtml(h("section", attrs, [heading]), innerHtml);
}
