/**
 * What the bench page (page/bench-entry.ts, running in Chromium) and the Node side exchange. Timings are
 * measured inside the page with performance.now(), so moving the text over CDP is never part of a figure.
 */

/** One run of the app's pipeline: text → renderDocument → sanitizeDocumentHtml → inserted into the DOM. */
export type PipelineRun =
  | {
      status: "ok";
      renderMs: number;
      sanitizeMs: number;
      insertMs: number;
      /** render + sanitize + insert: what the app's `ccda:render` measure covers. */
      totalMs: number;
      /** Forced layout after insertion (not part of totalMs; shown for context). */
      layoutMs: number;
      outputChars: number;
      elements: number;
    }
  | { status: "error"; message: string; totalMs: number }
  | { status: "threw"; message: string };

/** The side-by-side baseline: the browser's own XML parser, nothing else. */
export interface ParseRun {
  parseMs: number;
  /** False when DOMParser produced a <parsererror> document. */
  wellFormed: boolean;
}

declare global {
  interface Window {
    /** Stores the text in the page and clears previous output; returns the text's length. */
    benchSetText(text: string): number;
    benchRender(): PipelineRun;
    benchParse(): ParseRun;
    /** Removes the rendered output (so a later GC can reclaim it). */
    benchClear(): void;
  }
}
