/**
 * The narrative handler table: CDA R2 narrative element name → handler. Anything not listed goes to the
 * unknown-element policy (text kept, warning). A Map, so names like "__proto__" or "constructor" are just unknown.
 */
import type { Handler } from "./state";
import { caption } from "./caption";
import { content } from "./content";
import { footnote, footnoteRef } from "./footnote";
import { br, pre, sub, sup } from "./inline";
import { linkHtml } from "./link-html";
import { item, list } from "./list";
import { paragraph } from "./paragraph";
import { renderMultiMedia } from "./render-multimedia";
import { cell, col, colgroup, rowGroup, table, tr } from "./table";
import { XHTML_LIKE } from "./xhtml-like";

export const HANDLERS: ReadonlyMap<string, Handler> = new Map<string, Handler>([
  ["paragraph", paragraph],
  ["content", content],
  ["linkHtml", linkHtml],
  ["br", br],
  ["sub", sub],
  ["sup", sup],
  ["pre", pre],
  ["list", list],
  ["item", item],
  ["caption", caption],
  ["table", table],
  ["thead", rowGroup],
  ["tbody", rowGroup],
  ["tfoot", rowGroup],
  ["tr", tr],
  ["th", cell],
  ["td", cell],
  ["colgroup", colgroup],
  ["col", col],
  ["footnote", footnote],
  ["footnoteRef", footnoteRef],
  ["renderMultiMedia", renderMultiMedia],
  ...XHTML_LIKE,
]);
