/**
 * A top-level section's content in chunks, so a viewer can insert a long section a piece at a time. A section
 * whose narrative holds more than CHUNK_CHARS characters of text is cut between the narrative's top-level
 * children (each piece its own `div.ccda-narrative`); footnotes and subsections come with the last piece.
 * Any other section is one chunk, exactly as renderSectionInner renders it.
 */
import { h, type HNode } from "./html";
import { child } from "../parse/xml";
import type { DocumentState } from "./document-state";
import { renderTopSectionInner } from "./body";
import { renderNotes } from "./narrative/footnote";
import { createNarrativeState, renderNode } from "./narrative/narrative";
import { appendAll } from "./narrative/state";
import { renderSectionParticipants } from "./participants";
import { isEmptyText, renderSectionNode, type SectionOutline } from "./section";

/** Characters of narrative text per chunk: small enough that one chunk renders, sanitizes and inserts fast. */
export const CHUNK_CHARS = 60_000;

function* narrativeChunks(outline: SectionOutline, textEl: Element, doc: DocumentState): Generator<HNode[]> {
  const state = createNarrativeState(doc, `section ${outline.title}`);
  const participants = renderSectionParticipants(outline.el, doc.ctx);
  let lead: HNode[] = participants ? [participants] : [];
  let group: HNode[] = [];
  let size = 0;
  for (let c = textEl.firstChild; c; c = c.nextSibling) {
    appendAll(group, renderNode(c, state));
    size += c.textContent?.length ?? 0;
    if (size >= CHUNK_CHARS && c.nextSibling !== null) {
      yield [...lead, h("div", { class: "ccda-narrative" }, group)];
      lead = [];
      group = [];
      size = 0;
    }
  }
  if (state.notes.length > 0) group.push(renderNotes(state.notes));
  yield [
    ...lead,
    h("div", { class: "ccda-narrative" }, group),
    ...outline.children.map((c) => renderSectionNode(c, doc)),
  ];
}

function isLong(textEl: Element | undefined): textEl is Element {
  return textEl !== undefined && !isEmptyText(textEl) && textEl.textContent.length > CHUNK_CHARS;
}

/** The chunks of a top-level section's content; a failure ends the section with a visible note. */
export function* sectionChunks(outline: SectionOutline, doc: DocumentState): Generator<HNode[]> {
  const textEl = child(outline.el, "text");
  if (!isLong(textEl)) {
    yield renderTopSectionInner(outline, doc);
    return;
  }
  try {
    yield* narrativeChunks(outline, textEl, doc);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    doc.ctx.warnings.add(
      "invalid-value",
      `Part of this section could not be displayed (${reason})`,
      outline.title,
    );
    yield [h("p", { class: "ccda-section-error" }, ["Part of this section could not be displayed."])];
  }
}
