/**
 * Renders a section's <text> (the CDA narrative block) through the handler table. Text and CDATA nodes become
 * text leaves (escaped by toHtml: exactly one level of decoding); comments and PIs are dropped; elements go
 * to their handler, unknown and foreign ones to the explicit fallbacks (text kept, warning).
 */
import { text, type HNode } from "../html";
import { isCda } from "../../parse/xml";
import type { DocumentState } from "../document-state";
import { mapStyleCode } from "../style-codes";
import { HANDLERS } from "./handlers";
import { renderNotes } from "./footnote";
import { foreignElement, unknownElement } from "./unknown";
import { appendAll, type NarrativeState } from "./state";

/** Deeper than this, the rest is shown as plain text (SEC-14: no stack exhaustion from hostile nesting). */
export const MAX_DEPTH = 100;

const LANG_RE = /^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$/;

function dispatch(el: Element, state: NarrativeState): HNode[] {
  if (!isCda(el)) return foreignElement(el, state);
  const handler = HANDLERS.get(el.localName);
  return handler ? handler(el, state) : unknownElement(el, state);
}

function renderElement(el: Element, state: NarrativeState): HNode[] {
  if (state.depth >= MAX_DEPTH) {
    state.warn(
      "invalid-value",
      `Narrative nested deeper than ${MAX_DEPTH} levels; the rest is shown as plain text`,
    );
    return [text(el.textContent)];
  }
  state.depth += 1;
  try {
    return dispatch(el, state);
  } finally {
    state.depth -= 1;
  }
}

export function renderNode(node: Node, state: NarrativeState): HNode[] {
  if (node.nodeType === 3 || node.nodeType === 4) return [text(node.nodeValue ?? "")];
  if (node.nodeType === 1) return renderElement(node as Element, state);
  return [];
}

export function createNarrativeState(doc: DocumentState, where: string): NarrativeState {
  const state: NarrativeState = {
    doc,
    where,
    notes: [],
    depth: 0,
    inLink: false,
    all(el) {
      const out: HNode[] = [];
      for (let c = el.firstChild; c; c = c.nextSibling) appendAll(out, renderNode(c, state));
      return out;
    },
    one(node) {
      return renderNode(node, state);
    },
    common(el, extraClasses = []) {
      const attrs: Record<string, string | undefined> = {};
      if (el.getAttribute("ID")) attrs.id = doc.targetId(el);
      const { classes, unknown } = mapStyleCode(el.getAttribute("styleCode"));
      for (const token of unknown) state.warn("invalid-value", `Unrecognised styleCode "${token}" ignored`);
      const all = [...extraClasses, ...classes];
      if (all.length > 0) attrs.class = all.join(" ");
      const lang = el.getAttribute("language");
      if (lang && LANG_RE.test(lang)) attrs.lang = lang;
      return attrs;
    },
    warn(kind, message) {
      doc.ctx.warnings.add(kind, message, where);
    },
  };
  return state;
}

/** The rendered narrative of a <text> element, followed by its footnotes. */
export function renderNarrative(textEl: Element, doc: DocumentState, where: string): HNode[] {
  const state = createNarrativeState(doc, where);
  const nodes = state.all(textEl);
  if (state.notes.length > 0) nodes.push(renderNotes(state.notes));
  return nodes;
}
