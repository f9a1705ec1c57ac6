import { h, type HNode } from "../html";
import { isCda } from "../../parse/xml";
import type { NarrativeState } from "./state";

/**
 * caption in a table → <caption>; in a paragraph or item → <span class="ccda-caption"> (first).
 * List and renderMultiMedia captions are placed by their own handlers (a div before the list, a figcaption).
 */
export function caption(el: Element, state: NarrativeState): HNode[] {
  if (isCda(el.parentElement, "table")) return [h("caption", state.common(el), state.all(el))];
  return [h("span", state.common(el, ["ccda-caption"]), state.all(el))];
}
