/**
 * table, thead/tbody/tfoot, tr, th/td, colgroup/col. HTML's parser moves ("foster-parents") anything that is not
 * allowed directly inside a table part to before the table, which would scramble the reading order; so stray
 * content (text, or e.g. a <content> directly in a <tr>) is wrapped in the cell/row it needs, never dropped.
 */
import { h, type HElement, type HNode } from "../html";
import { isBlankText, isCda } from "../../parse/xml";
import { appendAll, type NarrativeState } from "./state";
import { alignAttrs, cellAttrs, spanAttrs } from "./table-attrs";
import { markTable } from "./table-marks";

type Wrap = (nodes: HNode[]) => HElement;

const asCell: Wrap = (nodes) => h("td", {}, nodes);
const asRow: Wrap = (nodes) => h("tr", {}, [asCell(nodes)]);
const asBody: Wrap = (nodes) => h("tbody", {}, [asRow(nodes)]);

/** Renders children; allowed CDA children pass through, runs of anything else are wrapped. */
function structured(el: Element, state: NarrativeState, allowed: ReadonlySet<string>, wrap: Wrap): HNode[] {
  const out: HNode[] = [];
  let stray: HNode[] = [];
  const flush = (): void => {
    if (stray.length > 0) out.push(wrap(stray));
    stray = [];
  };
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (isBlankText(c)) continue;
    if (isCda(c) && allowed.has(c.localName)) {
      flush();
      appendAll(out, state.one(c));
    } else if (c.nodeType === 1 || c.nodeType === 3 || c.nodeType === 4) {
      appendAll(stray, state.one(c));
    }
  }
  flush();
  return out;
}

const TABLE_PARTS = new Set(["caption", "col", "colgroup", "thead", "tbody", "tfoot", "tr"]);
const ROWS = new Set(["tr"]);
const CELLS = new Set(["th", "td"]);
const COLS = new Set(["col"]);

export function table(el: Element, state: NarrativeState): HNode[] {
  return markTable(h("table", state.common(el, ["ccda-table"]), structured(el, state, TABLE_PARTS, asBody)));
}

export function rowGroup(el: Element, state: NarrativeState): HNode[] {
  const attrs = { ...state.common(el), ...alignAttrs(el) };
  return [h(el.localName, attrs, structured(el, state, ROWS, asRow))];
}

export function tr(el: Element, state: NarrativeState): HNode[] {
  return [h("tr", { ...state.common(el), ...alignAttrs(el) }, structured(el, state, CELLS, asCell))];
}

export function cell(el: Element, state: NarrativeState): HNode[] {
  return [h(el.localName, { ...state.common(el), ...cellAttrs(el) }, state.all(el))];
}

export function colgroup(el: Element, state: NarrativeState): HNode[] {
  return [h("colgroup", { ...state.common(el), ...spanAttrs(el) }, structured(el, state, COLS, asCell))];
}

export function col(el: Element, state: NarrativeState): HNode[] {
  if (el.textContent.trim() !== "") {
    state.warn("invalid-value", "A table <col> had text content; it is shown after the table columns");
    return [h("col", { ...state.common(el), ...spanAttrs(el) }), ...state.all(el)];
  }
  return [h("col", { ...state.common(el), ...spanAttrs(el) })];
}
