/**
 * footnote → a numbered marker in place, its content collected into the narrative's "Notes" list (with a
 * back-link); footnoteRef → a marker linking to the footnote it names. Numbers follow first mention.
 */
import { h, type HElement, type HNode } from "../html";
import { isCda } from "../../parse/xml";
import { withInLink, type FootnoteNote, type NarrativeState } from "./state";

function marker(n: number, href: string, id: string | undefined, state: NarrativeState): HElement {
  const label = String(n);
  const inner = state.inLink ? label : h("a", { href, id, "aria-label": `Footnote ${label}` }, [label]);
  return h("sup", { class: "ccda-footnote-ref" }, [inner]);
}

export function footnote(el: Element, state: NarrativeState): HNode[] {
  const n = state.doc.footnoteNumber(el);
  const id = state.doc.targetId(el);
  const backId = state.doc.ids.claim(`fnref-${n}`);
  // Pushed before its content renders, so a footnote nested inside it is listed after it.
  const note: FootnoteNote = { number: n, id, backId, content: [] };
  state.notes.push(note);
  // Rendered outside any enclosing link: notes live at the end, not inside the <a>.
  note.content = withInLink(state, false, () => state.all(el));
  return [marker(n, `#${id}`, state.inLink ? undefined : backId, state)];
}

export function footnoteRef(el: Element, state: NarrativeState): HNode[] {
  const idref = el.getAttribute("IDREF") ?? "";
  const target = state.doc.ctx.ids.get(idref);
  if (!isCda(target, "footnote")) {
    state.warn(
      "broken-reference",
      `footnoteRef points to "${idref}", which is not a footnote in this document`,
    );
    return [h("sup", { class: "ccda-footnote-ref ccda-broken-ref" }, ["?"])];
  }
  const n = state.doc.footnoteNumber(target);
  const backId = state.inLink ? undefined : state.doc.ids.claim(`fnref-${n}`);
  return [marker(n, `#${state.doc.targetId(target)}`, backId, state)];
}

/** The "Notes" list at the end of a narrative. */
export function renderNotes(notes: readonly FootnoteNote[]): HElement {
  const items = notes.map((note) => {
    const attrs = { id: note.id, class: "ccda-footnote" };
    const back = h(
      "a",
      { href: `#${note.backId}`, class: "ccda-footnote-back", "aria-label": "Back to text" },
      ["↩"],
    );
    return h("li", attrs, [
      h("span", { class: "ccda-footnote-number" }, [`${note.number}.`]),
      " ",
      ...note.content,
      " ",
      back,
    ]);
  });
  return h("div", { class: "ccda-footnotes" }, [
    h("p", { class: "ccda-footnotes-title" }, ["Notes"]),
    h("ul", { class: "ccda-footnote-list" }, items),
  ]);
}
