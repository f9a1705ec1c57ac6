/**
 * Per document, in the built app's local-file screen (the same decode → CcdaView path as a FHIR document,
 * without the network): the floor (DOMParser.parseFromString of the same text) and our pipeline, from the
 * start of `ccda:decode` (the bytes are in hand) to the last DOM insertion laid out plus the rendering work of
 * the next frame (see frameAfter), and the time until the first sections are shown, counted the same way
 * (`ccda:first-sections`). A fresh screen per document; warm-up runs of each (BENCH_WARMUP, the code then runs
 * as in a session where documents were opened before), then interleaved runs, each replacing a small document
 * (not the last copy of the same one) after a forced GC.
 * Timings are read inside the page, so moving text over CDP is never part of a figure.
 */
import type { Browser, CDPSession, Page } from "playwright-core";
import type { BenchDocument } from "./corpus";
import type { ProbeLongTask } from "./probe";
import { probedPage } from "./session";
import { median, megabytes } from "./stats";

const TIMEOUT_MS = 180_000;
/** No DOM change and no new mark for this long: the app has finished with the document. */
const QUIET_MS = 300;

export interface PipelineRun {
  pipelineMs: number;
  /** Undefined when the app set no `ccda:first-sections` mark (then the whole document is the first paint). */
  firstSectionsMs: number | undefined;
  longestTaskMs: number;
  /** Durations of the app's User Timing measures during the run (ms, summed per name). */
  measures: Record<string, number>;
  /** parse-error: the app showed its parse error, or did not show the document as a C-CDA at all. */
  outcome: "rendered" | "parse-error";
}

export interface DocumentResult {
  name: string;
  group: BenchDocument["group"];
  bytes: number;
  wellFormed: boolean;
  outcome: PipelineRun["outcome"];
  /** Medians over the runs, in ms. */
  floorMs: number;
  pipelineMs: number;
  firstSectionsMs: number | undefined;
  /** Median over runs of the run's longest main-thread task (Long Tasks API, ≥50 ms; 0 when none). */
  longestTaskMs: number;
  measures: Record<string, number>;
  ratio: number;
  msPerMb: number;
}

export async function handToPage(page: Page, doc: BenchDocument): Promise<void> {
  const base64 = Buffer.from(doc.bytes).toString("base64");
  const name = doc.name.split("/").at(-1) ?? "document.xml";
  await page.evaluate(
    ({ data, file, type, text }) => {
      const binary = atob(data);
      const bytes = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
      window.__benchFile = new File([bytes], file, { type });
      window.__benchText = text;
    },
    { data: base64, file: name, type: doc.contentType, text: doc.text },
  );
}

function floorRun(page: Page): Promise<{ ms: number; wellFormed: boolean }> {
  return page.evaluate(() => {
    const text = window.__benchText ?? "";
    const t0 = performance.now();
    const parsed = new DOMParser().parseFromString(text, "application/xml");
    const ms = performance.now() - t0;
    return { ms, wellFormed: parsed.getElementsByTagName("parsererror").length === 0 };
  });
}

/**
 * Hands the file to the screen's file input, as a user picking it would, watches the DOM from then on, and
 * resolves once the app is done with it: the article stopped being busy (the bytes are read) and nothing new
 * was inserted or marked for QUIET_MS. One call, waited for inside the page: a DevTools round trip while the
 * pipeline runs (polling from Node) lands on the page's main thread, and one that lands inside the measured
 * frame counts about a millisecond of the bench's own work as the app's (seen in a trace of HandP.sample.xml).
 */
function runPipeline(page: Page): Promise<void> {
  return page.evaluate(
    ({ quietMs, timeoutMs }) => {
      const probe = window.__bench;
      probe.marks = [];
      probe.frames = [];
      performance.clearMarks();
      performance.clearMeasures();
      const input = document.querySelector<HTMLInputElement>('input[type="file"]');
      const file = window.__benchFile;
      if (input === null || file === undefined) throw new Error("No file input or no file on the bench page");
      probe.observer?.disconnect();
      const observer = new MutationObserver(() => {
        // Forced layout at each batch of DOM changes: "inserted" then means laid out too.
        if (document.body.offsetHeight >= 0)
          probe.marks.push({ name: "dom", at: performance.now(), layoutMs: 0 });
        probe.watchNextFrame();
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      probe.observer = observer;
      probe.t0 = performance.now();
      const transfer = new DataTransfer();
      transfer.items.add(file);
      input.files = transfer.files;
      input.dispatchEvent(new Event("change", { bubbles: true }));
      return new Promise<void>((resolve, reject) => {
        let seen = -1;
        const check = () => {
          if (performance.now() - probe.t0 > timeoutMs) {
            reject(new Error(`The app was not done with the document after ${String(timeoutMs)} ms`));
            return;
          }
          const read = document.querySelector('article.document-pane[aria-busy="false"]') !== null;
          const count = probe.marks.length;
          if (read && count === seen) resolve();
          else {
            seen = read ? count : -1;
            setTimeout(check, quietMs);
          }
        };
        setTimeout(check, quietMs);
      });
    },
    { quietMs: QUIET_MS, timeoutMs: TIMEOUT_MS },
  );
}

interface RawRun {
  t0: number;
  marks: { name: string; at: number; layoutMs: number }[];
  frames: { start: number; end: number }[];
  longTasks: ProbeLongTask[];
  measures: { name: string; start: number; duration: number }[];
  parseError: boolean;
}

function collect(page: Page): Promise<RawRun> {
  return page.evaluate(() => ({
    t0: window.__bench.t0,
    marks: window.__bench.marks.map(({ name, at, layoutMs }) => ({ name, at, layoutMs })),
    frames: window.__bench.frames.map(({ start, end }) => ({ start, end })),
    longTasks: window.__bench.longTasks.filter((task) => task.start + task.duration >= window.__bench.t0),
    measures: performance
      .getEntriesByType("measure")
      .map((entry) => ({ name: entry.name, start: entry.startTime, duration: entry.duration })),
    parseError:
      document.querySelector(".parse-error") !== null || document.querySelector(".ccda-view") === null,
  }));
}

/**
 * The rendering work of the first frame after `at`: what a forced layout left to the browser's next frame
 * (on-screen `content-visibility: auto` content) and its paint. The wait for that frame is not counted.
 */
function frameAfter(raw: RawRun, at: number): number {
  const frame = raw.frames.find((f) => f.start >= at);
  return frame === undefined ? 0 : frame.end - frame.start;
}

function summarizeRun(raw: RawRun): PipelineRun {
  const decode = raw.measures.find((entry) => entry.name === "ccda:decode");
  const start = decode?.start ?? raw.t0;
  const lastInsertion = Math.max(...raw.marks.map((mark) => mark.at));
  const lastFrame = frameAfter(raw, lastInsertion);
  const end = lastInsertion + lastFrame;
  const first = raw.marks.find((mark) => mark.name === "ccda:first-sections");
  const measures: Record<string, number> = {
    // Style and layout forced at each DOM change and visible mark: the browser's own cost of our output.
    layout: raw.marks.reduce((total, mark) => total + mark.layoutMs, 0),
    // The next frame's rendering after the last insertion (part of the pipeline).
    frame: lastFrame,
  };
  for (const entry of raw.measures) measures[entry.name] = (measures[entry.name] ?? 0) + entry.duration;
  const tasks = raw.longTasks.filter((task) => task.start <= end && task.start + task.duration >= start);
  return {
    pipelineMs: end - start,
    firstSectionsMs: first === undefined ? undefined : first.at + frameAfter(raw, first.at) - start,
    longestTaskMs: Math.max(0, ...tasks.map((task) => task.duration)),
    measures,
    outcome: raw.parseError ? "parse-error" : "rendered",
  };
}

/** A small document opened between runs (see pipelineRun). */
const RESET_FILE = "bench-between-runs.xml";
const RESET_XML =
  '<ClinicalDocument xmlns="urn:hl7-org:v3"><title>Between runs</title><component><structuredBody>' +
  "<component><section><title>Note</title><text>Opened between two runs.</text></section></component>" +
  "</structuredBody></component></ClinicalDocument>";

/**
 * Opens the small reset document and waits until it is shown, so the measured run replaces a small document
 * (as a reader going from one document to the next does), not the previous copy of the same one: for the
 * 20 MB document, taking its last copy down cost 120–190 ms inside the measured run.
 */
async function openResetDocument(page: Page): Promise<void> {
  await page.evaluate(
    ({ name, xml }) => {
      const input = document.querySelector<HTMLInputElement>('input[type="file"]');
      if (input === null) throw new Error("No file input on the bench page");
      const transfer = new DataTransfer();
      transfer.items.add(new File([xml], name, { type: "application/xml" }));
      input.files = transfer.files;
      input.dispatchEvent(new Event("change", { bubbles: true }));
    },
    { name: RESET_FILE, xml: RESET_XML },
  );
  await page
    .locator(`article.document-pane[aria-label="${RESET_FILE}"][aria-busy="false"] .ccda-view`)
    .waitFor({ timeout: TIMEOUT_MS });
}

/** `beforeStart` runs once the small document is shown, right before the measured one is handed over. */
export async function pipelineRun(
  page: Page,
  cdp: CDPSession,
  beforeStart?: () => Promise<void>,
): Promise<PipelineRun> {
  await openResetDocument(page);
  await cdp.send("HeapProfiler.collectGarbage");
  await beforeStart?.();
  await runPipeline(page);
  return summarizeRun(await collect(page));
}

function medianMeasures(runs: PipelineRun[]): Record<string, number> {
  const names = new Set(runs.flatMap((run) => Object.keys(run.measures)));
  return Object.fromEntries(
    [...names].map((name) => [name, median(runs.map((run) => run.measures[name] ?? 0))]),
  );
}

export async function benchDocument(
  page: Page,
  cdp: CDPSession,
  doc: BenchDocument,
  runs: number,
  appOrigin: string,
  warmups: number,
): Promise<DocumentResult> {
  // A fresh screen per document: the file list grows with every run, and a list of hundreds of earlier files
  // re-rendered at each open would make later documents pay for earlier ones.
  await openLocalScreen(page, appOrigin);
  await handToPage(page, doc);
  for (let i = 0; i < Math.max(1, warmups); i += 1) {
    await floorRun(page);
    await pipelineRun(page, cdp);
  }
  const floors: { ms: number; wellFormed: boolean }[] = [];
  const pipelines: PipelineRun[] = [];
  for (let i = 0; i < runs; i += 1) {
    await cdp.send("HeapProfiler.collectGarbage");
    floors.push(await floorRun(page));
    pipelines.push(await pipelineRun(page, cdp));
  }
  const floorMs = median(floors.map((run) => run.ms));
  const pipelineMs = median(pipelines.map((run) => run.pipelineMs));
  const firsts = pipelines.flatMap((run) => (run.firstSectionsMs === undefined ? [] : [run.firstSectionsMs]));
  return {
    name: doc.name,
    group: doc.group,
    bytes: doc.bytes.length,
    wellFormed: floors.every((run) => run.wellFormed),
    outcome: pipelines.some((run) => run.outcome === "parse-error") ? "parse-error" : "rendered",
    floorMs,
    pipelineMs,
    firstSectionsMs: firsts.length === pipelines.length ? median(firsts) : undefined,
    longestTaskMs: median(pipelines.map((run) => run.longestTaskMs)),
    measures: medianMeasures(pipelines),
    ratio: pipelineMs / floorMs,
    msPerMb: pipelineMs / megabytes(doc.bytes.length),
  };
}

/** The app's local-file screen with the probe installed. */
export async function openLocalScreen(page: Page, appOrigin: string): Promise<void> {
  await page.goto(`${appOrigin}/local`);
  await page.locator('input[type="file"]').waitFor({ state: "attached", timeout: 60_000 });
}

/**
 * The local-file screen ready for one document, for the single-document tools (profile.ts, timeline.ts): the
 * page, its DevTools session, and the document handed over. `css` adds a style sheet first, to try a change
 * (a constructed sheet: the app's CSP blocks inline <style>, not the CSSOM).
 */
export async function documentPage(
  browser: Browser,
  appOrigin: string,
  doc: BenchDocument,
  css: string | undefined,
): Promise<{ page: Page; cdp: CDPSession }> {
  const { page, context } = await probedPage(browser);
  const cdp = await context.newCDPSession(page);
  await openLocalScreen(page, appOrigin);
  if (css !== undefined && css !== "")
    await page.evaluate((rules) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(rules);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    }, css);
  await handToPage(page, doc);
  return { page, cdp };
}
