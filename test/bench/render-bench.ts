/**
 * Render speed in real Chromium: each document goes through the app's pipeline on the bench page (warm-up
 * once, then RUNS runs, each followed by a parse-only run with DOMParser as the side-by-side baseline), and
 * the retained JS heap after rendering the largest document is read over CDP.
 */
import type { Browser, CDPSession, Page } from "playwright-core";
import type { ParseRun, PipelineRun } from "./bench-protocol";
import type { BenchDocument } from "./corpus";
import { median, megabytes } from "./stats";

export const RUNS = 5;

export interface DocumentResult {
  name: string;
  kind: BenchDocument["kind"];
  bytes: number;
  /** DOMParser accepted the text. */
  wellFormed: boolean;
  outcome: "rendered" | "parse-error" | "failed";
  failure?: string;
  /** Medians over RUNS runs (ms); pipeline figures are 0 unless rendered. */
  totalMs: number;
  renderMs: number;
  sanitizeMs: number;
  insertMs: number;
  layoutMs: number;
  parseMs: number;
  elements: number;
}

export interface MemoryResult {
  document: string;
  bytes: number;
  heapBeforeBytes: number;
  /** Right after rendering, before any GC: a lower bound of what the render allocated. */
  heapAfterRenderBytes: number;
  /** After a forced GC, with the output still in the page. */
  heapRetainedBytes: number;
  domNodesBefore: number;
  domNodesAfter: number;
}

type OkRun = Extract<PipelineRun, { status: "ok" }>;

function classify(
  doc: BenchDocument,
  runs: PipelineRun[],
  wellFormed: boolean,
): Pick<DocumentResult, "outcome" | "failure"> {
  const threw = runs.find((run) => run.status === "threw");
  if (threw !== undefined) return { outcome: "failed", failure: `render threw: ${threw.message}` };
  const error = runs.find((run) => run.status === "error");
  if (error !== undefined) {
    return wellFormed
      ? { outcome: "failed", failure: `no output for a well-formed document: ${error.message}` }
      : { outcome: "parse-error" };
  }
  const empty = runs.some((run) => run.status === "ok" && run.outputChars === 0);
  return empty ? { outcome: "failed", failure: `empty output for ${doc.name}` } : { outcome: "rendered" };
}

function summarize(doc: BenchDocument, runs: PipelineRun[], parses: ParseRun[]): DocumentResult {
  const wellFormed = parses.every((run) => run.wellFormed);
  const verdict = classify(doc, runs, wellFormed);
  const ok = runs.filter((run): run is OkRun => run.status === "ok");
  const med = (pick: (run: OkRun) => number) => (ok.length === 0 ? 0 : median(ok.map(pick)));
  return {
    name: doc.name,
    kind: doc.kind,
    bytes: doc.bytes,
    wellFormed,
    ...verdict,
    totalMs: med((run) => run.totalMs),
    renderMs: med((run) => run.renderMs),
    sanitizeMs: med((run) => run.sanitizeMs),
    insertMs: med((run) => run.insertMs),
    layoutMs: med((run) => run.layoutMs),
    parseMs: median(parses.map((run) => run.parseMs)),
    elements: med((run) => run.elements),
  };
}

async function benchDocument(page: Page, doc: BenchDocument): Promise<DocumentResult> {
  await page.evaluate((text) => window.benchSetText(text), doc.text);
  const warmUp = [await page.evaluate(() => window.benchRender())];
  await page.evaluate(() => window.benchParse());
  const runs: PipelineRun[] = [];
  const parses: ParseRun[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    runs.push(await page.evaluate(() => window.benchRender()));
    parses.push(await page.evaluate(() => window.benchParse()));
  }
  // A warm-up that threw counts too: a render must never throw.
  return summarize(doc, [...warmUp.filter((run) => run.status === "threw"), ...runs], parses);
}

export async function openBenchPage(browser: Browser, origin: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.on("pageerror", (error) => {
    console.error(`bench page error: ${error.message}`);
  });
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => typeof window.benchRender === "function");
  return page;
}

export async function benchDocuments(page: Page, documents: BenchDocument[]): Promise<DocumentResult[]> {
  const results: DocumentResult[] = [];
  for (const [index, doc] of documents.entries()) {
    const result = await benchDocument(page, doc);
    const perMb = result.totalMs / megabytes(doc.bytes);
    process.stderr.write(
      `render ${index + 1}/${documents.length} ${result.outcome} ${result.totalMs.toFixed(1)} ms ` +
        `(${perMb.toFixed(0)} ms/MB) ${doc.name}\n`,
    );
    results.push(result);
  }
  await page.evaluate(() => {
    window.benchClear();
  });
  return results;
}

async function metrics(cdp: CDPSession): Promise<Map<string, number>> {
  const { metrics: list } = await cdp.send("Performance.getMetrics");
  return new Map(list.map((metric) => [metric.name, metric.value]));
}

/**
 * JS heap (CDP JSHeapUsedSize) before and after rendering one document, each after a forced GC. The DOM itself
 * lives in Blink's heap, not counted there, so the DOM node count is reported alongside.
 */
export async function measureMemory(page: Page, doc: BenchDocument): Promise<MemoryResult> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send("Performance.enable");
    await page.evaluate((text) => window.benchSetText(text), doc.text);
    // Handing the text to Blink (DOMParser) externalizes it: its characters leave the V8 heap. Do that before
    // the baseline, or the render's own parse "frees" the text and the growth comes out negative.
    await page.evaluate(() => window.benchParse());
    await cdp.send("HeapProfiler.collectGarbage");
    const before = await metrics(cdp);
    const run = await page.evaluate(() => window.benchRender());
    if (run.status !== "ok") throw new Error(`memory run of ${doc.name} did not render: ${run.status}`);
    const afterRender = await metrics(cdp);
    await cdp.send("HeapProfiler.collectGarbage");
    const after = await metrics(cdp);
    await page.evaluate(() => {
      window.benchClear();
    });
    return {
      document: doc.name,
      bytes: doc.bytes,
      heapBeforeBytes: before.get("JSHeapUsedSize") ?? Number.NaN,
      heapAfterRenderBytes: afterRender.get("JSHeapUsedSize") ?? Number.NaN,
      heapRetainedBytes: after.get("JSHeapUsedSize") ?? Number.NaN,
      domNodesBefore: before.get("Nodes") ?? Number.NaN,
      domNodesAfter: after.get("Nodes") ?? Number.NaN,
    };
  } finally {
    await cdp.detach();
  }
}
