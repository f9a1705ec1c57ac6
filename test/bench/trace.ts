/**
 * `npx tsx test/bench/trace.ts <file> [runs]`: the browser's own split of a document's pipeline, from a
 * DevTools trace of each run in the built app's local-file screen: script, style recalculation (with the
 * elements restyled), layout (with the objects laid out), and the rest, between `ccda:decode` and the last
 * DOM insertion the bench saw. Shows what the profiler cannot: how much of the time is Blink's work on our DOM.
 * TRACE_CSS=<rules> adds a style sheet first (to try a CSS change).
 */
import { launchChromium } from "../e2e/browser";
import { startBenchApp } from "./app-server";
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
  FunctionCall: "script",
  EvaluateScript: "script",
  RunMicrotasks: "script",
  TimerFire: "script",
  FireAnimationFrame: "script",
  EventDispatch: "script",
  ParseHTML: "parse-html",
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
  const app = await startBenchApp({ latency: false, scale: false, minify: true });
  const browser = await launchChromium();
  try {
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
      const done = new Promise<void>((resolve) => {
        cdp.once("Tracing.tracingComplete", () => {
          resolve();
        });
      });
      await cdp.send("Tracing.end");
      await done;
      cdp.off("Tracing.dataCollected", collect);
      summaries.push(summarize(run.pipelineMs, events));
    }
    const med = (key: string) => median(summaries.map((s) => s[key] ?? 0)).toFixed(1);
    const keys = [...new Set(summaries.flatMap((s) => Object.keys(s)))];
    console.log(`median of ${String(runs)} runs: ${keys.map((k) => `${k} ${med(k)}`).join(", ")}`);
  } finally {
    await browser.close();
    await app.close();
  }
}

function summarize(pipelineMs: number, events: TraceEvent[]): Record<string, number> {
  // The last one: the run opens a small document first (see pipelineRun), then the measured one.
  const decode = events.filter((e) => e.name === "ccda:decode" && e.ph === "b").at(-1);
  const start = decode?.ts ?? Math.min(...events.map((e) => e.ts));
  const end = start + pipelineMs * 1000;
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

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
