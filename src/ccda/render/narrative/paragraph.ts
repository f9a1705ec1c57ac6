import { h, type HNode } from "../html";
import { isCda } from "../../parse/xml";
import type { NarrativeState } from "./state";

/** Children that HTML does not allow inside <p> (the HTML parser would close the <p> before them). */
const BLOCK = new Set([
  "paragraph",
  "list",
  "table",
  "pre",
  "renderMultiMedia",
  "p",
  "div",
  "ul",
  "ol",
  "dl",
]);

function hasBlockDescendant(el: Element, depth = 0): boolean {
  if (depth > 50) return true;
  for (const c of el.children) {
    if (isCda(c) && BLOCK.has(c.localName)) return true;
    if (hasBlockDescendant(c, depth + 1)) return true;
  }
  return false;
}

/** paragraph → <p>; a paragraph holding block content (vendors nest lists/tables) → <div class="ccda-paragraph">. */
export function paragraph(el: Element, state: NarrativeState): HNode[] {
  if (hasBlockDescendant(el)) return [h("div", state.common(el, ["ccda-paragraph"]), state.all(el))];
  return [h("p", state.common(el), state.all(el))];
}
