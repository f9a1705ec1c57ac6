import { h, type HNode } from "../html";
import type { NarrativeState } from "./state";

export function br(_el: Element, _state: NarrativeState): HNode[] {
  return [h("br")];
}

export function sub(el: Element, state: NarrativeState): HNode[] {
  return [h("sub", {}, state.all(el))];
}

export function sup(el: Element, state: NarrativeState): HNode[] {
  return [h("sup", {}, state.all(el))];
}

export function pre(el: Element, state: NarrativeState): HNode[] {
  return [h("pre", state.common(el), state.all(el))];
}
