/**
 * `npm run bench`: render speed and memory of the C-CDA pipeline in real Chromium (bench page), then the built
 * app against the sandbox in scale mode. Prints a summary and writes .bench-results/bench.json. No speed
 * thresholds: it fails only when a render throws or yields no output for a document that parsed.
 * BENCH_PARTS=render or BENCH_PARTS=app runs one half.
 */
import { cpus, loadavg } from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { buildDataset } from "../../sandbox/data/dataset";
import { chromiumMissingReason, launchChromium } from "../e2e/browser";
import { benchApp } from "./app-bench";
import { largeSyntheticDocument, loadCorpus, repoRoot } from "./corpus";
import { benchDocuments, measureMemory, openBenchPage, RUNS } from "./render-bench";
import { printReport, writeReport } from "./report";
import { buildAndServe } from "./serve";
import { summarizeMemory, summarizeRender, type BenchReport } from "./summary";

const RESULTS_FILE = path.join(repoRoot, ".bench-results", "bench.json");
const parts = new Set((process.env.BENCH_PARTS ?? "render,app").split(","));

async function renderPart(
  browser: Browser,
  report: BenchReport,
  datasets: ReturnType<typeof buildDataset>[],
) {
  const documents = [...loadCorpus(), ...datasets.map(largeSyntheticDocument)];
  const server = await buildAndServe(path.join(import.meta.dirname, "page"), { useConfigFile: false });
  try {
    const page = await openBenchPage(browser, server.origin);
    const results = await benchDocuments(page, documents);
    await page.context().close();
    const biggest = [...documents].sort((a, b) => b.bytes - a.bytes)[0];
    const largest = documents.filter((doc) => doc.kind === "synthetic").at(-1) ?? biggest;
    if (largest !== undefined) {
      const memoryPage = await openBenchPage(browser, server.origin);
      report.memory = summarizeMemory(await measureMemory(memoryPage, largest));
      await memoryPage.context().close();
    }
    const summary = summarizeRender(results);
    report.render = { summary, documents: results };
    report.failures.push(...summary.failures);
  } finally {
    await server.close();
  }
}

/** A part that breaks is a failure, but the other part's figures are still printed and saved. */
async function guarded(name: string, report: BenchReport, run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (error) {
    console.error(error);
    report.failures.push(
      `${name} bench broke: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`,
    );
  }
}

async function main(): Promise<number> {
  const missing = chromiumMissingReason();
  if (missing !== undefined) {
    console.error(`Cannot run the bench: ${missing}`);
    return 1;
  }
  process.stderr.write(
    "Building datasets (1 MB and 5 MB large documents, 500 extra documents per patient)…\n",
  );
  const small = buildDataset({ scale: { largeDocumentBytes: 1_000_000 } });
  const scaled = buildDataset({ scale: { extraDocumentsPerPatient: 500, largeDocumentBytes: 5_000_000 } });
  const browser = await launchChromium();
  const report: BenchReport = {
    generatedAt: new Date().toISOString(),
    environment: {
      node: process.version,
      chromium: browser.version(),
      cpus: cpus().length,
      loadAverage: loadavg(),
    },
    runsPerDocument: RUNS,
    failures: [],
  };
  try {
    if (parts.has("render"))
      await guarded("render", report, () => renderPart(browser, report, [small, scaled]));
    if (parts.has("app"))
      await guarded("app", report, async () => {
        report.app = await benchApp(browser, scaled);
      });
  } finally {
    await browser.close();
  }
  printReport(report);
  writeReport(report, RESULTS_FILE);
  return report.failures.length === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exit(code);
  },
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
