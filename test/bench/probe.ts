/**
 * What the bench installs in every page before the app's own code runs (page.addInitScript). It wraps
 * performance.mark/measure so that the moment the app reports `ccda:first-sections` or `ccda:render` the
 * pending style and layout are forced and timed: "visible" then means inserted *and* laid out, measured to the
 * microsecond instead of to the next polling tick. A forced layout is not the whole story: content in a
 * `content-visibility: auto` box inserted on screen is skipped by it and laid out by the browser's next frame,
 * so the probe also times the rendering work of the frame after each such moment (watchNextFrame), and the
 * bench adds the one after the last insertion. It also records long tasks and lifts the Resource Timing
 * buffer limit (a 2,000-document list makes more than the default 250 entries).
 */

export interface ProbeMark {
  name: string;
  /** performance.now() after the forced layout. */
  at: number;
  layoutMs: number;
}

/** One frame's rendering work: from its animation-frame callbacks to the task right after it. */
export interface ProbeFrame {
  start: number;
  end: number;
}

export interface ProbeLongTask {
  start: number;
  duration: number;
}

export interface ProbeState {
  marks: ProbeMark[];
  frames: ProbeFrame[];
  longTasks: ProbeLongTask[];
  /** Times the next frame's rendering work (once per frame, however often it is asked). */
  watchNextFrame: () => void;
  /** The same, for a caller that waits for it: resolves with that frame's work in ms. */
  nextFrameWork: () => Promise<number>;
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
  let framePending = false;
  let frameStart = 0;
  let waiting: ((ms: number) => void)[] = [];
  // One channel for the page's life: creating a MessageChannel inside the frame's callback cost about 0.9 ms
  // (a DevTools trace of a small document), which the frame's figure then counted as the app's.
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    const frame = { start: frameStart, end: performance.now() };
    state.frames.push(frame);
    framePending = false;
    const resolvers = waiting;
    waiting = [];
    for (const resolve of resolvers) resolve(frame.end - frame.start);
  };
  const watchNextFrame = () => {
    if (framePending) return;
    framePending = true;
    requestAnimationFrame(() => {
      frameStart = performance.now();
      // Posted from the frame's own callbacks, the message arrives once its style, layout and paint are done.
      channel.port2.postMessage(0);
    });
  };
  const nextFrameWork = () =>
    new Promise<number>((resolve) => {
      waiting.push(resolve);
      watchNextFrame();
    });
  const state: ProbeState = { marks: [], frames: [], longTasks: [], t0: 0, watchNextFrame, nextFrameWork };
  window.__bench = state;
  performance.setResourceTimingBufferSize(100_000);
  const record = (name: string) => {
    if (!visibleMarks.includes(name)) return;
    const start = performance.now();
    // Reading a layout property forces style recalculation and layout of everything inserted so far.
    if (document.body.offsetHeight >= 0) state.marks.push({ name, at: performance.now(), layoutMs: 0 });
    const last = state.marks.at(-1);
    if (last !== undefined) last.layoutMs = last.at - start;
    watchNextFrame();
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
