/**
 * The two halves of opening a large document: its start, parsed and rendered at once (previewOutcome), and
 * the whole text, parsed in slices of about SLICE_MS in later tasks and then planned in a task of its own
 * (loadInSlices). Each slice is one `ccda:parse` measure.
 */
import { ChunkedParser } from "../../ccda/parse/chunked-parse";
import { parseCdaText } from "../../ccda/parse/document";
import { previewText } from "../../ccda/parse/preview-slice";
import { renderParsedDocument } from "../../ccda/render-document";
import type { RenderOutcome } from "../../ccda/types";
import { measureSince, now, PARSE_MEASURE } from "./render-timing";
import { nextTask } from "../../lib/next-task";

/** Work per parse slice: well under the 200 ms long-task line, yet few enough slices to cost little. */
const SLICE_MS = 40;
/** Progress is reported (a re-render of the view) at most this often. */
const PROGRESS_MS = 200;

/** The start of the document, rendered; undefined when it has no recognisable start or that does not parse. */
export function previewOutcome(text: string, idPrefix: string): RenderOutcome | undefined {
  const start = now();
  const slice = previewText(text);
  const parsed = slice === undefined ? undefined : parseCdaText(slice);
  measureSince(PARSE_MEASURE, start);
  if (parsed === undefined || !parsed.ok) return undefined;
  const outcome = renderParsedDocument(parsed.root, parsed.warnings, { idPrefix, lazy: true });
  return outcome.ok ? outcome : undefined;
}

export interface LoadCallbacks {
  onProgress: (share: number) => void;
  onDone: (outcome: RenderOutcome) => void;
}

/** Parses in slices, then plans the render in a task of its own. Returns a function that stops it. */
export function loadInSlices(text: string, idPrefix: string, callbacks: LoadCallbacks): () => void {
  const parser = new ChunkedParser(text);
  let lastReport = now();
  const renderFull = () => {
    const parsed = parser.outcome;
    if (parsed === undefined) return;
    const outcome = parsed.ok
      ? renderParsedDocument(parsed.root, parsed.warnings, { idPrefix, lazy: true }, parsed.ids)
      : parsed;
    callbacks.onDone(outcome);
  };
  const slice = () => {
    const start = now();
    const done = parser.step(SLICE_MS);
    measureSince(PARSE_MEASURE, start);
    if (done) {
      cancel = nextTask(renderFull);
      return;
    }
    if (now() - lastReport >= PROGRESS_MS) {
      lastReport = now();
      callbacks.onProgress(parser.progress);
    }
    cancel = nextTask(slice);
  };
  let cancel = nextTask(slice);
  return () => {
    cancel();
  };
}
