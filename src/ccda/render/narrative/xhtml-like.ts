/**
 * HTML-like elements some vendors put in the narrative *in the CDA namespace* (CDA R3 style). The obvious ones
 * are mapped to their meaning and reported once per name; elements in the real XHTML namespace are foreign and
 * never get here (see unknown.ts).
 */
import { h, type HNode } from "../html";
import type { Handler, NarrativeState } from "./state";
import { paragraph } from "./paragraph";
import { linkHtml } from "./link-html";
import { item, orderedList, unorderedList } from "./list";

function report(el: Element, state: NarrativeState): void {
  state.warn(
    "unknown-element",
    `Non-CDA element <${el.localName}> in the narrative was shown as its HTML equivalent`,
  );
}

function as(tag: string, extra: readonly string[] = []): Handler {
  return (el, state) => {
    report(el, state);
    return [h(tag, state.common(el, extra), state.all(el))];
  };
}

function reported(handler: Handler): Handler {
  return (el, state): HNode[] => {
    report(el, state);
    return handler(el, state);
  };
}

export const XHTML_LIKE: ReadonlyArray<readonly [string, Handler]> = [
  ["b", as("strong")],
  ["strong", as("strong")],
  ["i", as("em")],
  ["em", as("em")],
  ["u", as("span", ["ccda-underline"])],
  ["span", as("span")],
  ["div", as("div")],
  ["dl", as("dl")],
  ["dt", as("dt")],
  ["dd", as("dd")],
  ["p", reported(paragraph)],
  ["a", reported(linkHtml)],
  ["ul", reported(unorderedList)],
  ["ol", reported(orderedList)],
  ["li", reported(item)],
];
