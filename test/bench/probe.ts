/**
 * What the bench installs in every page before the app's own code runs (page.addInitScript). It wraps
 * performance.mark/measure so that the moment the app reports `ccda:first-sections` or `ccda:render` the
 * pending style and layout are forced and timed: "visible" then means inserted *and* laid out, measured to the
 * microsecond instead of to the next polling tick. It also records long tasks and lifts the Resource Timing
 * buffer limit (a 2,000-document list makes more than the default 250 entries).
 */

export interface ProbeMark {
  name: string;
  /** performance.now() after the forced layout. */
  at: number;
  layoutMs: number;
}

export interface ProbeLongTask {
  start: number;
  duration: number;
}

export interface ProbeState {
  marks: ProbeMark[];
  longTasks: ProbeLongTask[];
  /** Set by the bench right before it hands the app a document. */
  t0: number;
  /** The document bench's DOM watcher (one at a time). */
  observer?: MutationObserver;
}

declare global {
  interface Window {
    __bench: ProbeState;
    __benchFile?: File;
    __benchText?: string;
  }
}

/** The User Timing names after which the page is laid out and the time recorded. */
export const VISIBLE_MARKS = ["ccda:first-sections", "ccda:render"] as const;

/** Runs inside the page (serialised by Playwright), so it may only use what it declares itself. */
export function installProbe(visibleMarks: readonly string[]): void {
  const state: ProbeState = { marks: [], longTasks: [], t0: 0 };
  window.__bench = state;
  performance.setResourceTimingBufferSize(100_000);
  const record = (name: string) => {
    if (!visibleMarks.includes(name)) return;
    const start = performance.now();
    // Reading a layout property forces style recalculation and layout of everything inserted so far.
    if (document.body.offsetHeight >= 0) state.marks.push({ name, at: performance.now(), layoutMs: 0 });
    const last = state.marks.at(-1);
    if (last !== undefined) last.layoutMs = last.at - start;
  };
  const mark = performance.mark.bind(performance);
  const measure = performance.measure.bind(performance);
  performance.mark = (name, options) => {
    const entry = mark(name, options);
    record(name);
    return entry;
  };
  performance.measure = (...args: Parameters<typeof measure>) => {
    const entry = measure(...args);
    record(args[0]);
    return entry;
  };
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        state.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: "longtask", buffered: true });
  } catch {
    // No Long Tasks API: the longest-task figures come out empty (reported as n/a).
  }
}
