import { h, type HNode } from "../html";
import type { NarrativeState } from "./state";

/**
 * content → <span>; revised="insert" → <ins class="ccda-ins">, revised="delete" → <del class="ccda-del">
 * (kept in the output, hidden by CSS unless the container has ccda-show-deletions).
 */
export function content(el: Element, state: NarrativeState): HNode[] {
  const revised = el.getAttribute("revised");
  if (revised === "insert") return [h("ins", state.common(el, ["ccda-ins"]), state.all(el))];
  if (revised === "delete") return [h("del", state.common(el, ["ccda-del"]), state.all(el))];
  return [h("span", state.common(el), state.all(el))];
}
