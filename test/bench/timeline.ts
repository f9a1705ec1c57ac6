/**
 * `npx tsx test/bench/timeline.ts <file> [runs]`: the app's User Timing for one document, run after run, in the
 * built app's local-file screen: when each `ccda:*` mark and measure happened (ms after `ccda:decode` began),
 * plus the DOM insertions the bench saw. Shows where a document's time goes between the parse and the last
 * insertion without a profiler's overhead. TIMELINE_CSS=<rules> adds a style sheet first (to try a CSS change).
 */
import { runTool, withBenchApp } from "./tool";
import { fileDocument } from "./corpus";
import { documentPage, pipelineRun } from "./doc-bench";

interface Entry {
  name: string;
  start: number;
  duration: number;
}

function line(pipelineMs: number, entries: Entry[], dom: Entry[]): string {
  const t0 = entries.find((e) => e.name === "ccda:decode")?.start ?? 0;
  const at = (e: Entry) =>
    `${e.name}@${(e.start - t0).toFixed(1)}${e.duration > 0 ? `+${e.duration.toFixed(1)}` : ""}`;
  const timings = [...entries].sort((a, b) => a.start - b.start).map(at);
  return `pipeline ${pipelineMs.toFixed(1)} ms: ${timings.join("  ")} | dom: ${dom.map(at).join(" ")}`;
}

async function main(): Promise<void> {
  const file = process.argv[2];
  if (file === undefined) throw new Error("Usage: tsx test/bench/timeline.ts <file> [runs]");
  const runs = Number(process.argv[3] ?? 6);
  const doc = fileDocument(file);
  await withBenchApp({ minify: true }, async (app, browser) => {
    const { page, cdp } = await documentPage(browser, app.app.origin, doc, process.env.TIMELINE_CSS);
    for (let i = 0; i < runs; i += 1) {
      const run = await pipelineRun(page, cdp);
      const entries = await page.evaluate(() =>
        [...performance.getEntriesByType("mark"), ...performance.getEntriesByType("measure")].map((e) => ({
          name: e.name,
          start: e.startTime,
          duration: e.duration,
        })),
      );
      const dom = await page.evaluate(() =>
        window.__bench.marks.map((m) => ({ name: m.name, start: m.at, duration: 0 })),
      );
      const tasks = await page.evaluate(() =>
        window.__bench.longTasks
          .filter((task) => task.start + task.duration >= window.__bench.t0)
          .map((task) => ({ name: "longtask", start: task.start, duration: task.duration })),
      );
      console.log(line(run.pipelineMs, [...entries, ...tasks], dom));
    }
  });
}

runTool(main);
