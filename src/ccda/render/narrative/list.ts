import { h, type HNode } from "../html";
import { child, isBlankText } from "../../parse/xml";
import { appendAll, type NarrativeState } from "./state";

/** The list's items (and any stray content, kept), skipping the caption and whitespace. */
function listBody(el: Element, caption: Element | undefined, state: NarrativeState): HNode[] {
  const out: HNode[] = [];
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c === caption || isBlankText(c)) continue;
    appendAll(out, state.one(c));
  }
  return out;
}

function renderList(el: Element, state: NarrativeState, ordered: boolean): HNode[] {
  const caption = child(el, "caption");
  const list = h(ordered ? "ol" : "ul", state.common(el, ["ccda-list"]), listBody(el, caption, state));
  if (!caption) return [list];
  return [h("div", { class: "ccda-caption" }, state.all(caption)), list];
}

/** list → <ol> when listType="ordered", else <ul>; list styleCodes map to ccda-list-* classes. */
export function list(el: Element, state: NarrativeState): HNode[] {
  return renderList(el, state, el.getAttribute("listType") === "ordered");
}

export function orderedList(el: Element, state: NarrativeState): HNode[] {
  return renderList(el, state, true);
}

export function unorderedList(el: Element, state: NarrativeState): HNode[] {
  return renderList(el, state, false);
}

export function item(el: Element, state: NarrativeState): HNode[] {
  return [h("li", state.common(el), state.all(el))];
}
