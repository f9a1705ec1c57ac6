/**
 * `npm run bench`: the app in headless Chromium against the parse floor and the issue's targets (see
 * settings.ts for the environment knobs). Prints tables with PASS/FAIL per target and writes
 * .bench-results/bench.json. It never fails on time: only when a part breaks or a well-formed document
 * yields a parse error.
 */
import { cpus, loadavg, platform, release, totalmem } from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { chromiumMissingReason, launchChromium } from "../e2e/browser";
import { startBenchApp, type BenchApp } from "./app-server";
import { initialBundleSize } from "./bundle-size";
import { loadDocuments, repoRoot } from "./corpus";
import { benchDocument, openLocalScreen, type DocumentResult } from "./doc-bench";
import { benchLaunch } from "./launch-bench";
import { benchList } from "./list-bench";
import { benchMemory } from "./memory-bench";
import { printReport, writeReport } from "./report";
import { probedPage } from "./session";
import { benchSettings } from "./settings";
import { targets, type BenchReport } from "./summary";

const RESULTS_FILE = path.join(repoRoot, ".bench-results", "bench.json");
const { parts } = benchSettings;

async function documentsPart(browser: Browser, app: BenchApp, report: BenchReport): Promise<void> {
  process.stderr.write("Loading and generating documents…\n");
  const documents = loadDocuments();
  const { context, page } = await probedPage(browser);
  const cdp = await context.newCDPSession(page);
  try {
    await openLocalScreen(page, app.app.origin);
    report.documents = [];
    for (const [index, doc] of documents.entries()) {
      let result: DocumentResult;
      try {
        result = await benchDocument(
          page,
          cdp,
          doc,
          benchSettings.runs,
          app.app.origin,
          benchSettings.warmups,
        );
      } catch (error) {
        // One document that hangs or breaks the screen must not cost the others' figures.
        report.failures.push(
          `${doc.name}: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`,
        );
        await openLocalScreen(page, app.app.origin);
        continue;
      }
      process.stderr.write(
        `doc ${index + 1}/${documents.length} ${result.pipelineMs.toFixed(1)} ms / floor ${result.floorMs.toFixed(1)} ms ` +
          `(${result.ratio.toFixed(2)}×) ${doc.name}\n`,
      );
      if (result.outcome === "parse-error" && result.wellFormed)
        report.failures.push(`${doc.name}: the app shows a parse error, but DOMParser accepts the document`);
      report.documents.push(result);
    }
  } finally {
    await cdp.detach();
    await context.close();
  }
}

/** A part that breaks is a failure, but the other parts' figures are still printed and saved. */
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

function newReport(browser: Browser): BenchReport {
  const cpu = cpus();
  return {
    generatedAt: new Date().toISOString(),
    environment: {
      machine: `${platform()} ${release()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM`,
      cpus: `${cpu.length} × ${cpu[0]?.model.trim() ?? "unknown CPU"}`,
      node: process.version,
      chromium: browser.version(),
      loadAverage: loadavg(),
    },
    command: `npm run bench${process.env.BENCH_PARTS === undefined ? "" : ` (BENCH_PARTS=${process.env.BENCH_PARTS})`}`,
    runsPerDocument: benchSettings.runs,
    warmupsPerDocument: benchSettings.warmups,
    targets: [],
    failures: [],
  };
}

async function runParts(browser: Browser, report: BenchReport): Promise<void> {
  process.stderr.write("Building the app…\n");
  const app = await startBenchApp({
    latency: parts.has("launch"),
    scale: parts.has("list") || parts.has("memory"),
  });
  try {
    if (parts.has("size")) report.bundle = initialBundleSize(app.app.outDir);
    if (parts.has("docs")) await guarded("documents", report, () => documentsPart(browser, app, report));
    const { latency, scale } = app;
    if (latency !== undefined)
      await guarded("launch", report, async () => {
        report.launch = await benchLaunch(browser, latency);
      });
    if (scale !== undefined && parts.has("list"))
      await guarded("list", report, async () => {
        report.list = await benchList(browser, scale);
      });
    if (scale !== undefined && parts.has("memory"))
      await guarded("memory", report, async () => {
        report.memory = await benchMemory(browser, scale, benchSettings.memoryDocuments);
      });
  } finally {
    await app.close();
  }
}

async function main(): Promise<number> {
  const missing = chromiumMissingReason();
  if (missing !== undefined) {
    console.error(`Cannot run the bench: ${missing}`);
    return 1;
  }
  const browser = await launchChromium();
  const report = newReport(browser);
  try {
    await guarded("app", report, () => runParts(browser, report));
  } finally {
    await browser.close();
  }
  report.targets = targets(report);
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
