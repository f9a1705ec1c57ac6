/**
 * The state a narrative handler gets: the document state, where we are (for warnings), the notes collected for
 * this narrative, and `all()` to render an element's children through the handler table.
 */
import type { HAttrs, HNode } from "../html";
import type { DocumentState } from "../document-state";
import type { WarningKind } from "../../types";

export type Handler = (el: Element, state: NarrativeState) => HNode[];

export interface FootnoteNote {
  number: number;
  id: string;
  backId: string;
  content: HNode[];
}

export interface NarrativeState {
  readonly doc: DocumentState;
  /** Where we are, in words (e.g. "section Medications"). */
  readonly where: string;
  /** Footnotes met in this narrative, rendered at its end. */
  readonly notes: FootnoteNote[];
  /** Nesting depth of rendered elements (capped, SEC-14). */
  depth: number;
  /** Inside an <a>: nested links and footnote links render without <a> (HTML cannot nest links). */
  inLink: boolean;
  /** Renders the children (elements and text) of an element. */
  all(el: Element): HNode[];
  /** Renders one node (element or text) through the handler table. */
  one(node: Node): HNode[];
  /** Common attributes of a narrative element: ID → namespaced id, styleCode → classes, language → lang. */
  common(el: Element, extraClasses?: readonly string[]): Record<string, HAttrs[string]>;
  warn(kind: WarningKind, message: string): void;
}

/** Renders with `inLink` set to `inLink`, restoring the prior value afterwards (even when rendering throws). */
export function withInLink(state: NarrativeState, inLink: boolean, render: () => HNode[]): HNode[] {
  const prior = state.inLink;
  state.inLink = inLink;
  try {
    return render();
  } finally {
    state.inLink = prior;
  }
}

/** Appends items one by one: `out.push(...items)` throws RangeError for very long arrays (argument limits). */
export function appendAll(out: HNode[], items: readonly HNode[]): void {
  for (const item of items) out.push(item);
}
