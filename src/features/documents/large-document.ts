/**
 * The C-CDA render outcome of a document text, for the view. Up to LARGE_TEXT_CHARS the text is parsed and
 * planned at once, as always. Above it one DOMParser call would block the page for seconds (3 s on 20 MB), so
 * each step gets tasks of its own: first the start of the document (header and first whole sections) is
 * rendered and shown, then the whole text is parsed in slices, then the full outcome replaces the preview.
 * Same id prefix for both, so the first sections keep their ids.
 *
 * Up to LARGE_TEXT_CHARS the parse also leaves out the entries the rendering does not read (RenderOptions
 * .deferEntries); once the page is idle after showing the document, they are checked (`ccda:check`). Should they
 * not be well-formed, the text is rendered again as a whole, which shows the parse error the document has.
 */
import { useEffect, useMemo, useState } from "react";
import { renderDocument } from "../../ccda/render-document";
import type { RenderOutcome } from "../../ccda/types";
import { nextTask, stepWhenIdle } from "../../lib/next-task";
import { LARGE_TEXT_CHARS } from "../../ccda/parse/chunked-parse";
import { loadInSlices, previewOutcome } from "./large-load";
import {
  CHECK_MEASURE,
  markRenderStart,
  measureSince,
  now,
  PARSE_MEASURE,
  restartRenderMeasure,
} from "./render-timing";

export interface DocumentOutcome {
  /** What to show: the whole document, the preview of a large one, or nothing yet. */
  outcome: RenderOutcome | undefined;
  /** Share of a large document read so far (0…1) until it is whole; undefined once it is (or when small). */
  progress: number | undefined;
}

interface LargeState {
  text: string;
  /** The rendered start of the document; null when there is none (then only the notice shows). */
  preview: RenderOutcome | null;
  full: RenderOutcome | undefined;
  progress: number;
}

function wholeOutcome(text: string, idPrefix: string, deferEntries: boolean): RenderOutcome {
  const start = now();
  return renderDocument(text, {
    idPrefix,
    lazy: true,
    deferEntries,
    onParsed: () => {
      measureSince(PARSE_MEASURE, start);
    },
  });
}

export function useDocumentOutcome(text: string, idPrefix: string): DocumentOutcome {
  const large = text.length > LARGE_TEXT_CHARS;
  const start = useMemo(() => {
    markRenderStart();
    return { text, at: now() };
  }, [text]);
  const whole = useMemo(
    () => (large ? undefined : wholeOutcome(text, idPrefix, true)),
    [text, idPrefix, large],
  );
  const [redone, setRedone] = useState<{ text: string; outcome: RenderOutcome } | undefined>(undefined);
  useEffect(() => {
    const check = whole?.ok === true ? whole.entriesCheck : undefined;
    if (whole === undefined || check === undefined) return undefined;
    return stepWhenIdle(() => {
      const checkStart = now();
      const result = check();
      measureSince(CHECK_MEASURE, checkStart);
      if (result === "broken") setRedone({ text, outcome: wholeOutcome(text, idPrefix, false) });
      return result !== "more";
    });
  }, [whole, text, idPrefix]);
  const [state, setState] = useState<LargeState | undefined>(undefined);
  const current = state?.text === text ? state : undefined;
  useEffect(() => {
    if (!large) return undefined;
    // In a task of its own: not in the one that decoded the text or removed the previous document.
    return nextTask(() => {
      setState({ text, preview: previewOutcome(text, idPrefix) ?? null, full: undefined, progress: 0 });
    });
  }, [text, idPrefix, large]);
  const previewDone = current !== undefined;
  useEffect(() => {
    // Only once the preview is committed, so no parse slice delays the first sections.
    if (!large || !previewDone) return undefined;
    const update = (change: (prior: LargeState) => LargeState) => {
      setState((prior) => (prior?.text === text ? change(prior) : prior));
    };
    return loadInSlices(text, idPrefix, {
      onProgress: (share) => {
        update((prior) => ({ ...prior, progress: share }));
      },
      onDone: (outcome) => {
        restartRenderMeasure(start.at);
        update((prior) => ({ ...prior, full: outcome }));
      },
    });
  }, [text, idPrefix, large, previewDone, start]);
  if (!large)
    return {
      outcome: redone?.text === text ? redone.outcome : whole,
      progress: undefined,
    };
  if (current?.full !== undefined) return { outcome: current.full, progress: undefined };
  return { outcome: current?.preview ?? undefined, progress: current?.progress ?? 0 };
}
