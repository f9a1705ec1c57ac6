import { useCallback, type RefCallback } from "react";

/**
 * How wide the view's pane is, as `data-pane` on the view's root, for the styles that adapt to the pane rather
 * than the window (an EHR frame of 1024×768, a list beside the document, a phone):
 * - "tiny" up to 30rem: nested sections barely indented, header labels above values, tighter table cells;
 * - "narrow" up to 36rem: the toolbar scrolls away with the page;
 * - "wide" from 58rem: the table of contents beside the document, not above it;
 * - "medium" in between.
 *
 * Container queries did this before, but a size container makes the browser restyle everything inside it during
 * layout, on every opening: about 1 ms of a small document's 5–7 ms of style and layout (test/bench/trace.ts).
 * A ResizeObserver reports after layout and before paint, so a changed width is put right in the same frame.
 * Each view starts with the last view's class: the next document in the same pane is laid out once.
 */
export type PaneWidth = "tiny" | "narrow" | "medium" | "wide";

/** The class of a pane `px` wide, with `rem` the root font size in px (the queries' rem). */
export function paneWidthOf(px: number, rem: number): PaneWidth {
  if (px <= 30 * rem) return "tiny";
  if (px <= 36 * rem) return "narrow";
  if (px >= 58 * rem) return "wide";
  return "medium";
}

let lastPane: PaneWidth = "medium";

function rootFontSize(): number {
  return Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
}

/** A ref for the view's root: sets and keeps its `data-pane`. */
export function usePaneWidth(): RefCallback<HTMLElement> {
  return useCallback((element: HTMLElement | null) => {
    if (element === null) return undefined;
    element.dataset.pane = lastPane;
    if (typeof ResizeObserver === "undefined") return undefined;
    const observer = new ResizeObserver((entries) => {
      const width = entries.at(-1)?.contentRect.width ?? 0;
      // A hidden pane (display: none) measures 0: nothing to adapt, and no class to pass on to the next view.
      if (width <= 0) return;
      const pane = paneWidthOf(width, rootFontSize());
      lastPane = pane;
      if (element.dataset.pane !== pane) element.dataset.pane = pane;
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
  }, []);
}
