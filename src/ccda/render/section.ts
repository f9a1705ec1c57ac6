/**
 * One CDA section (recursively): a <section> labelled by a real heading (h2 for top level, one level deeper per
 * nesting, capped at h6 with the true level kept in aria-level), participants, the narrative, and the fallback
 * when <text> is missing or empty. A section that throws is replaced by a visible note; the rest still renders.
 */
import { h, type HNode } from "./html";
import type { TocEntry } from "../types";
import { attr, child, children, textOf } from "../parse/xml";
import type { DocumentState } from "./document-state";
import { renderNarrative } from "./narrative/narrative";
import { renderSectionParticipants } from "./participants";
import { renderEntriesTable } from "./entries-table";

export interface SectionResult {
  node: HNode;
  toc: TocEntry;
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

function isEmptyText(textEl: Element | undefined): boolean {
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
const MAX_SECTION_DEPTH = 30;

function flattened(section: Element, doc: DocumentState, title: string, level: number): SectionResult {
  doc.ctx.warnings.add(
    "invalid-value",
    `Sections nested deeper than ${MAX_SECTION_DEPTH} levels are shown as text`,
  );
  const id = doc.ids.claim("deep-section");
  const node = h("section", { class: "ccda-section ccda-too-deep", "aria-label": title }, [
    h("p", { id }, [section.textContent]),
  ]);
  return { node, toc: { id, title, level, children: [] } };
}

/** Renders a section; `path` gives the generated key ("s1", "s1-2" …) when it has no ID. */
export function renderSection(section: Element, path: readonly number[], doc: DocumentState): SectionResult {
  const level = path.length + 1;
  const title = sectionTitle(section);
  if (path.length > MAX_SECTION_DEPTH) return flattened(section, doc, title, level);
  const key = section.getAttribute("ID") ?? `s${path.join("-")}`;
  const id = doc.ids.forElement(section, key);
  const headingId = doc.ids.claim(`${key}-title`);
  const where = `section ${title}`;
  const subs = subsections(section);
  let content: HNode[];
  try {
    content = sectionContent(section, doc, where, subs.length > 0);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    doc.ctx.warnings.add("invalid-value", `This section could not be displayed (${reason})`, where);
    content = [h("p", { class: "ccda-section-error" }, ["This section could not be displayed."])];
  }
  const nested = subs.map((s, i) => renderSection(s, [...path, i + 1], doc));
  const node = h("section", { class: "ccda-section", id, "aria-labelledby": headingId }, [
    heading(level, headingId, title),
    ...content,
    ...nested.map((n) => n.node),
  ]);
  return { node, toc: { id: headingId, title, level, children: nested.map((n) => n.toc) } };
}
