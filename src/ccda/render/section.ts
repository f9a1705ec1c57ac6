/**
 * One CDA section (recursively): a <section> labelled by a real heading (h2 for top level, one level deeper per
 * nesting, capped at h6 with the true level kept in aria-level), participants, the narrative, and the fallback
 * when <text> is missing or empty. A section that throws is replaced by a visible note; the rest still renders.
 *
 * Rendering is two steps so a viewer can show a document's outline before its sections' content: the outline
 * (ids, titles, levels, codes, sizes) of every section is claimed first, then each section's content renders
 * on demand. Ids are stable either way (the registry is keyed by source element).
 */
import { h, type HNode } from "./html";
import type { TocEntry } from "../types";
import { attr, child, children, textOf } from "../parse/xml";
import type { DocumentState } from "./document-state";
import { renderNarrative } from "./narrative/narrative";
import { renderSectionParticipants } from "./participants";
import { renderEntriesTable } from "./entries-table";

/** A section's place in the output, known before its content is rendered. */
export interface SectionOutline {
  el: Element;
  /** Output id of the <section> (or of the text paragraph of a too-deep section). */
  id: string;
  /** Output id of its heading (what the table of contents links to). */
  headingId: string;
  title: string;
  level: number;
  /** The section's code (LOINC for C-CDA sections), when it has one. */
  code: string | undefined;
  /** Deeper than MAX_SECTION_DEPTH: shown as plain text. */
  tooDeep: boolean;
  children: SectionOutline[];
}

export function sectionTitle(section: Element): string {
  return textOf(child(section, "title")) || attr(child(section, "code"), "displayName") || "Untitled section";
}

function heading(level: number, id: string, title: string): HNode {
  const tag = `h${Math.min(level, 6)}`;
  const attrs = {
    id,
    class: `ccda-section-title ccda-level-${level}`,
    "aria-level": level > 6 ? level : undefined,
  };
  return h(tag, attrs, [title]);
}

export function isEmptyText(textEl: Element | undefined): boolean {
  return !textEl || (textEl.firstElementChild === null && textEl.textContent.trim() === "");
}

function subsections(section: Element): Element[] {
  return children(section, "component").flatMap((c) => children(c, "section"));
}

function sectionContent(section: Element, doc: DocumentState, where: string, hasChildren: boolean): HNode[] {
  const out: HNode[] = [];
  const participants = renderSectionParticipants(section, doc.ctx);
  if (participants) out.push(participants);
  const textEl = child(section, "text");
  if (textEl && !isEmptyText(textEl)) {
    out.push(h("div", { class: "ccda-narrative" }, renderNarrative(textEl, doc, where)));
    return out;
  }
  const table = renderEntriesTable(section, doc.ctx);
  if (table) out.push(table);
  else if (!hasChildren) {
    doc.ctx.warnings.add("empty-section", "No narrative text in this section", where);
    out.push(h("p", { class: "ccda-empty-section" }, ["No narrative text in this section"]));
  }
  return out;
}

/** Sections nested deeper than this are shown as plain text (hostile nesting must not exhaust the stack). */
export const MAX_SECTION_DEPTH = 30;

/** Claims the ids of a section and of all its subsections; `path` gives generated keys ("s1", "s1-2" …). */
export function outlineSection(
  section: Element,
  path: readonly number[],
  doc: DocumentState,
): SectionOutline {
  const level = path.length + 1;
  const title = sectionTitle(section);
  const code = attr(child(section, "code"), "code");
  if (path.length > MAX_SECTION_DEPTH) {
    const id = doc.ids.claim("deep-section");
    return { el: section, id, headingId: id, title, level, code, tooDeep: true, children: [] };
  }
  const key = section.getAttribute("ID") ?? `s${path.join("-")}`;
  const id = doc.ids.forElement(section, key);
  const headingId = doc.ids.claim(`${key}-title`);
  const nested = subsections(section).map((s, i) => outlineSection(s, [...path, i + 1], doc));
  return { el: section, id, headingId, title, level, code, tooDeep: false, children: nested };
}

export function tocEntry(outline: SectionOutline): TocEntry {
  return {
    id: outline.headingId,
    title: outline.title,
    level: outline.level,
    children: outline.children.map(tocEntry),
  };
}

function flattened(outline: SectionOutline, doc: DocumentState): HNode {
  doc.ctx.warnings.add(
    "invalid-value",
    `Sections nested deeper than ${MAX_SECTION_DEPTH} levels are shown as text`,
  );
  return h("section", { class: "ccda-section ccda-too-deep", "aria-label": outline.title }, [
    h("p", { id: outline.id }, [outline.el.textContent]),
  ]);
}

/** What goes under a section's heading: its content, then its subsections (whole). */
export function renderSectionInner(outline: SectionOutline, doc: DocumentState): HNode[] {
  const where = `section ${outline.title}`;
  let content: HNode[];
  try {
    content = sectionContent(outline.el, doc, where, outline.children.length > 0);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    doc.ctx.warnings.add("invalid-value", `This section could not be displayed (${reason})`, where);
    content = [h("p", { class: "ccda-section-error" }, ["This section could not be displayed."])];
  }
  return [...content, ...outline.children.map((c) => renderSectionNode(c, doc))];
}

/** The whole <section>: heading and inner content. */
export function renderSectionNode(outline: SectionOutline, doc: DocumentState): HNode {
  if (outline.tooDeep) return flattened(outline, doc);
  return h("section", { class: "ccda-section", id: outline.id, "aria-labelledby": outline.headingId }, [
    heading(outline.level, outline.headingId, outline.title),
    ...renderSectionInner(outline, doc),
  ]);
}
