/**
 * Sanitized section HTML, produced a chunk at a time: the header and first chunks at once (so the reader sees
 * the start of the document without waiting for the end of it), the rest in later tasks of about CHUNK_MS
 * each, so the page stays responsive while a big document renders. Long sections arrive in several chunks.
 * `renderNow` finishes synchronously when everything must be there now (search, print, a jump).
 */
import { useCallback, useEffect, useState } from "react";
import { flushSync } from "react-dom";
import type { DocumentSection } from "../../ccda/types";
import { sanitizeDocumentNodes, type SafeNodes } from "../../sanitize/safe-nodes";
import { measureSince, now, SANITIZE_MEASURE } from "../documents/render-timing";
import { nextTask } from "../../lib/next-task";

/** Time budget of the first (synchronous) batch and of each later chunk, in ms. */
const FIRST_MS = 40;
const CHUNK_MS = 25;

interface Progress {
  sections: readonly DocumentSection[];
  /** Sanitized chunks per section index (sections not started yet are absent). */
  html: readonly (readonly SafeNodes[])[];
  /** How many sections (from the start) are complete. */
  done: number;
}

/** Renders and sanitizes chunks in document order until `budgetMs` is spent (at least one chunk). */
function renderBatch(prior: Progress, budgetMs: number, until = prior.sections.length): Progress {
  const { sections } = prior;
  const html = [...prior.html];
  let done = prior.done;
  const start = now();
  let sanitizeMs = 0;
  while (done < Math.min(until, sections.length)) {
    const chunks = html[done] ?? [];
    const raw = sections[done]?.renderChunkNodes(chunks.length);
    if (raw === undefined) {
      html[done] = chunks;
      done += 1;
      continue;
    }
    const t = now();
    html[done] = [...chunks, sanitizeDocumentNodes(raw)];
    sanitizeMs += now() - t;
    if (now() - start >= budgetMs) break;
  }
  if (sanitizeMs > 0) measureSince(SANITIZE_MEASURE, now() - sanitizeMs);
  return { sections, html, done };
}

export interface ProgressiveSections {
  /** Sanitized chunks by section index; a section not started yet has none. */
  html: readonly (readonly SafeNodes[] | undefined)[];
  /** Whether section i is complete. */
  isDone: (index: number) => boolean;
  complete: boolean;
  /** Renders sections up to `index` (all when omitted) now, committed synchronously (for event handlers). */
  renderNow: (index?: number) => void;
}

const start = (sections: readonly DocumentSection[]): Progress =>
  renderBatch({ sections, html: [], done: 0 }, FIRST_MS);

export function useProgressiveSections(sections: readonly DocumentSection[]): ProgressiveSections {
  const [state, setState] = useState(() => start(sections));
  // A new document: start over (state derived from props, React's documented pattern).
  let current = state;
  if (state.sections !== sections) {
    current = start(sections);
    setState(current);
  }
  const complete = current.done >= sections.length;
  const chunkCount = current.html.reduce((sum, chunks) => sum + chunks.length, 0);
  useEffect(() => {
    if (complete) return undefined;
    return nextTask(() => {
      setState((prior) => (prior.sections === sections ? renderBatch(prior, CHUNK_MS) : prior));
    });
  }, [sections, complete, chunkCount, current.done]);
  const renderNow = useCallback(
    (index = sections.length - 1) => {
      flushSync(() => {
        setState((prior) =>
          prior.sections === sections && prior.done <= index
            ? renderBatch(prior, Number.POSITIVE_INFINITY, index + 1)
            : prior,
        );
      });
    },
    [sections],
  );
  const done = current.done;
  const isDone = useCallback((index: number) => index < done, [done]);
  return { html: current.html, isDone, complete, renderNow };
}
