/**
 * The explicit policy for elements that are not CDA narrative:
 * - unknown elements in the CDA namespace: their children are rendered (text kept), one warning per name;
 * - elements in any other namespace (XHTML, SVG, MathML …): only their text, never their markup (SEC-09).
 *   `h:script` / `h:style` text is shown as inert text too: nothing is lost and it can never run.
 */
import { text, type HNode } from "../html";
import type { NarrativeState } from "./state";

export function unknownElement(el: Element, state: NarrativeState): HNode[] {
  state.warn(
    "unknown-element",
    `Unknown narrative element <${el.localName}>: its text is shown as plain text`,
  );
  return state.all(el);
}

export function foreignElement(el: Element, state: NarrativeState): HNode[] {
  const ns = el.namespaceURI ?? "no namespace";
  state.warn(
    "unknown-element",
    `Element <${el.localName}> from ${ns} is not CDA narrative: only its text is shown`,
  );
  const value = el.textContent;
  return value === "" ? [] : [text(value)];
}
