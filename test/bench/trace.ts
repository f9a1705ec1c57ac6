/**
 * `npx tsx test/bench/trace.ts <file> [runs]`: the browser's own work in a document's pipeline, from a DevTools
 * trace of each run in the built app's local-file screen: style recalculation (with the elements restyled),
 * layout (with the objects laid out), pre-paint, paint and intersection observers, from the start of
 * `ccda:decode` to the end of the frame after the last DOM insertion (the window the bench's pipeline covers;
 * the idle wait for that frame is inside the window but holds none of these events). Script time is what the
 * profiler shows (profile.ts); here it is left out, as the trace's script events nest the forced layouts.
 * TRACE_CSS=<rules> adds a style sheet first (to try a CSS change).
 */
import type { Page } from "playwright-core";
import { runTool, withBenchApp } from "./tool";
import { fileDocument } from "./corpus";
import { documentPage, pipelineRun } from "./doc-bench";
import { median } from "./stats";

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  args?: { beginData?: { dirtyObjects?: number; totalObjects?: number }; elementCount?: number };
}

/** The complete (ph X) events of the trace that interest us, grouped by kind. */
const KINDS: Record<string, string> = {
  UpdateLayoutTree: "style",
  Layout: "layout",
  PrePaint: "prepaint",
  Paint: "paint",
  "Document::updateStyleAndLayoutTree": "style",
  "IntersectionObserverController::computeIntersections": "intersections",
};

async function main(): Promise<void> {
  const file = process.argv[2];
  if (file === undefined) throw new Error("Usage: tsx test/bench/trace.ts <file> [runs]");
  const runs = Number(process.argv[3] ?? 5);
  const doc = fileDocument(file);
  await withBenchApp({ minify: true }, async (app, browser) => {
    const { page, cdp } = await documentPage(browser, app.app.origin, doc, process.env.TRACE_CSS);
    for (let i = 0; i < 3; i += 1) await pipelineRun(page, cdp);
    const summaries: Record<string, number>[] = [];
    for (let i = 0; i < runs; i += 1) {
      const events: TraceEvent[] = [];
      const collect = (message: { value: unknown[] }) => {
        events.push(...(message.value as TraceEvent[]));
      };
      cdp.on("Tracing.dataCollected", collect);
      await cdp.send("Tracing.start", {
        categories: "devtools.timeline,blink.user_timing,disabled-by-default-devtools.timeline",
        transferMode: "ReportEvents",
      });
      const run = await pipelineRun(page, cdp);
      const span = await pipelineWindow(page);
      const done = new Promise<void>((resolve) => {
        cdp.once("Tracing.tracingComplete", () => {
          resolve();
        });
      });
      await cdp.send("Tracing.end");
      await done;
      cdp.off("Tracing.dataCollected", collect);
      const summary = summarize(run.pipelineMs, span, events);
      if (summary !== undefined) summaries.push(summary);
    }
    const med = (key: string) => median(summaries.map((s) => s[key] ?? 0)).toFixed(1);
    const keys = [...new Set(summaries.flatMap((s) => Object.keys(s)))];
    console.log(
      `median of ${String(summaries.length)} runs: ${keys.map((k) => `${k} ${med(k)}`).join(", ")}`,
    );
  });
}

/**
 * The measured run's window in the page's clock (ms): `ccda:decode` began → the frame after the last insertion
 * was rendered (that insertion itself when no frame was seen).
 */
async function pipelineWindow(page: Page): Promise<{ start: number; end: number }> {
  return page.evaluate(() => {
    const start = performance.getEntriesByName("ccda:decode").at(-1)?.startTime ?? window.__bench.t0;
    const last = Math.max(...window.__bench.marks.map((mark) => mark.at));
    const frame = window.__bench.frames.find((f) => f.start >= last);
    return { start, end: frame?.end ?? last };
  });
}

function summarize(
  pipelineMs: number,
  span: { start: number; end: number },
  events: TraceEvent[],
): Record<string, number> | undefined {
  // The last one: the run opens a small document first (see pipelineRun), then the measured one. Its trace
  // timestamp (µs) anchors the page's clock (ms) in the trace's.
  const decode = events.filter((e) => e.name === "ccda:decode" && e.ph === "b").at(-1);
  if (decode === undefined) {
    console.log(`pipeline ${pipelineMs.toFixed(1)} ms: no ccda:decode in this run's trace, left out`);
    return undefined;
  }
  const start = decode.ts;
  const end = start + (span.end - span.start) * 1000;
  const totals = new Map<string, number>();
  let elements = 0;
  let layoutObjects = 0;
  const lines: string[] = [];
  for (const e of events) {
    if (e.ph !== "X" || e.ts < start || e.ts > end) continue;
    const kind = KINDS[e.name];
    if (kind === undefined) continue;
    const ms = (e.dur ?? 0) / 1000;
    totals.set(kind, (totals.get(kind) ?? 0) + ms);
    if (e.name === "UpdateLayoutTree") {
      elements += e.args?.elementCount ?? 0;
      if (ms > 0.3)
        lines.push(
          `  style @${((e.ts - start) / 1000).toFixed(1)} ${ms.toFixed(1)} ms, ${String(e.args?.elementCount ?? "?")} elements`,
        );
    }
    if (e.name === "Layout") {
      const data = e.args?.beginData ?? {};
      layoutObjects += data.dirtyObjects ?? 0;
      if (ms > 0.3)
        lines.push(
          `  layout @${((e.ts - start) / 1000).toFixed(1)} ${ms.toFixed(1)} ms, ${String(data.dirtyObjects)}/${String(data.totalObjects)} objects`,
        );
    }
  }
  const parts = [...totals].map(([kind, ms]) => `${kind} ${ms.toFixed(1)}`).join(", ");
  console.log(
    `pipeline ${pipelineMs.toFixed(1)} ms: ${parts}; ${String(elements)} elements restyled, ${String(layoutObjects)} objects laid out`,
  );
  if (process.env.TRACE_VERBOSE !== undefined) for (const l of lines.sort()) console.log(l);
  return { pipeline: pipelineMs, ...Object.fromEntries(totals) };
}

runTool(main);
