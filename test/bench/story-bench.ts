/**
 * Patient story bench: a patient with STORY_DOCS (50) C-CDA documents of about STORY_DOC_BYTES (200 kB) each,
 * served with SANDBOX latency (100 ms on every request): the time from "Gather" to the merged summary, the
 * longest main-thread task meanwhile, and how many document requests ran at once (the app's bound is 4).
 *
 * Standalone: `npx tsx test/bench/story-bench.ts` (builds the app, starts its own sandbox, prints JSON).
 * From the bench runner: `runStoryBench(page, sandboxOrigin, documents)` on a sandbox started with
 * `storyDataset()` and `latencyMs`.
 */
import type { DocumentReference } from "fhir/r4";
import type { Page } from "playwright-core";
import { buildDataset } from "../../sandbox/data/dataset";
import type { Dataset } from "../../sandbox/data/types";
import { cdaDocument, medication, problem, result, vital } from "../unit/ccda/story/synthetic-docs";

export const STORY_DOCS = Number(process.env.STORY_DOCS ?? 50);
export const STORY_DOC_BYTES = Number(process.env.STORY_DOC_BYTES ?? 200_000);
export const STORY_LATENCY_MS = Number(process.env.SANDBOX_LATENCY_MS ?? 100);
const PATIENT_ID = "p-ava-reyes";
const TIMEOUT_MS = 300_000;

const TESTS: readonly [string, string, string, number][] = [
  ["2345-7", "Glucose", "mg/dL", 110],
  ["2951-2", "Sodium", "mmol/L", 139],
  ["2823-3", "Potassium", "mmol/L", 4.2],
  ["2160-0", "Creatinine", "mg/dL", 0.9],
  ["718-7", "Hemoglobin", "g/dL", 13.1],
];

const ts = (day: Date) => day.toISOString().slice(0, 10).replaceAll("-", "");

/** One ~`bytes` document of visit `index`: the same problems and medications (dose changing), many results. */
export function storyDocument(index: number, bytes: number): { xml: string; date: Date } {
  const date = new Date(Date.UTC(2019, 0, 1) + index * 45 * 86_400_000);
  const dose = index < 20 ? "500" : "1000";
  const rows: string[] = [];
  const entries: string[] = [];
  for (let n = 0; ; n += 1) {
    const [code, name, unit, mean] = TESTS[n % TESTS.length] ?? TESTS[0] ?? ["", "", "", 0];
    const when = ts(new Date(date.getTime() - Math.floor(n / TESTS.length) * 86_400_000));
    const value = (mean * (1 + ((n * 7 + index) % 11) / 50)).toFixed(1);
    rows.push(`<tr><td>${name}</td><td>${value} ${unit}</td><td>${when}</td></tr>`);
    entries.push(result(code, name, value, unit, when));
    if (rows.length * 170 + entries.join("").length > bytes - 6000) break;
  }
  const xml = cdaDocument(
    ts(date),
    [
      {
        code: "11450-4",
        title: "Problems",
        text: "<paragraph>Type 2 diabetes; hypertension</paragraph>",
        entries: [
          problem("44054006", "Type 2 diabetes mellitus", "active", "2016"),
          problem("59621000", "Essential hypertension", "active", "2014"),
        ],
      },
      {
        code: "10160-0",
        title: "Medications",
        text: `<table><tbody><tr><td><content ID="m1">Metformin ${dose} mg</content></td></tr></tbody></table>`,
        entries: [medication("860975", "m1", dose, "active", "20180101")],
      },
      {
        code: "8716-3",
        title: "Vital signs",
        entries: [vital("8480-6", "Systolic blood pressure", String(120 + (index % 20)), "mm[Hg]", ts(date))],
      },
      {
        code: "30954-2",
        title: "Results",
        text: `<table><thead><tr><th>Test</th><th>Value</th><th>Date</th></tr></thead><tbody>${rows.join("")}</tbody></table>`,
        entries,
      },
    ],
    `Visit summary ${index + 1}`,
  );
  return { xml, date };
}

/** The default dataset with the bench patient's documents replaced by the story documents. */
export function storyDataset(count = STORY_DOCS, bytes = STORY_DOC_BYTES): Dataset {
  const base = buildDataset();
  const template = base.documentReferences.find((d) => d.subject?.reference === `Patient/${PATIENT_ID}`);
  if (template === undefined) throw new Error(`no documents of ${PATIENT_ID} to copy`);
  const binaries = new Map([...base.binaries].filter(([, b]) => b.patientId !== PATIENT_ID));
  const docs: DocumentReference[] = [];
  for (let i = 0; i < count; i += 1) {
    const { xml, date } = storyDocument(i, bytes);
    const id = `story-${String(i + 1).padStart(2, "0")}`;
    const data = new TextEncoder().encode(xml);
    binaries.set(`b-${id}`, {
      id: `b-${id}`,
      patientId: PATIENT_ID,
      contentType: "application/hl7-v3+xml",
      bytes: data,
    });
    const attachment = {
      contentType: "application/hl7-v3+xml",
      title: `Visit summary ${i + 1}`,
      size: data.length,
      url: `Binary/b-${id}`,
    };
    docs.push({
      ...template,
      id,
      date: date.toISOString(),
      description: `Visit summary ${i + 1}`,
      content: [{ attachment }],
    });
  }
  const others = base.documentReferences.filter((d) => d.subject?.reference !== `Patient/${PATIENT_ID}`);
  return { ...base, documentReferences: [...others, ...docs], binaries };
}

export interface StoryBenchResult {
  documents: number;
  averageBytes: number;
  latencyMs: number;
  gatherMs: number;
  longestTaskMs: number;
  /** Main-thread time reading documents (parse + extract), total and per document (`story:document`). */
  readTotalMs: number;
  readPerDocumentMs: number;
  maxConcurrentRequests: number;
  medicationsRows: number;
}

/** Runs in the page: long tasks while gathering. */
function watchTasks(): void {
  const state = { longest: 0 };
  Object.assign(window, { __storyBench: state });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) state.longest = Math.max(state.longest, e.duration);
  }).observe({ type: "longtask", buffered: true });
}

/** Most Binary requests overlapping at any instant (Resource Timing of the page). */
function maxConcurrent(): number {
  const spans = performance
    .getEntriesByType("resource")
    .filter((e) => e.name.includes("/Binary/"))
    .map((e) => [e.startTime, (e as PerformanceResourceTiming).responseEnd] as const);
  return Math.max(0, ...spans.map(([start]) => spans.filter(([s, end]) => s <= start && end > start).length));
}

/** Launch (the page must be able to reach the EHR simulator at `sandboxOrigin`), open the story, gather. */
export async function runStoryBench(
  page: Page,
  sandboxOrigin: string,
  expected: number,
): Promise<StoryBenchResult> {
  await page.addInitScript(watchTasks);
  await page.goto(`${sandboxOrigin}/ehr`);
  const href = await page
    .getByRole("link", { name: /^Launch Ava/ })
    .first()
    .getAttribute("href");
  await page.goto(new URL(href ?? "", sandboxOrigin).toString());
  await page.getByRole("tab", { name: "Patient story" }).click({ timeout: TIMEOUT_MS });
  const gather = page.getByRole("button", { name: `Gather from ${expected} documents` });
  await gather.waitFor({ timeout: TIMEOUT_MS });
  const started = await page.evaluate(() => performance.now());
  await gather.click();
  await page.getByText(/^Gathered from \d+ documents/).waitFor({ timeout: TIMEOUT_MS });
  const ended = await page.evaluate(() => performance.now());
  const state = await page.evaluate(
    () => (window as unknown as { __storyBench: { longest: number } }).__storyBench,
  );
  const rows = await page
    .getByRole("table", { name: /Medications/ })
    .locator("tbody tr")
    .count();
  const reads = await page.evaluate(() =>
    performance.getEntriesByName("story:document").map((e) => e.duration),
  );
  const readTotal = reads.reduce((a, b) => a + b, 0);
  return {
    documents: expected,
    averageBytes: STORY_DOC_BYTES,
    latencyMs: STORY_LATENCY_MS,
    gatherMs: Math.round(ended - started),
    longestTaskMs: Math.round(state.longest),
    readTotalMs: Math.round(readTotal),
    readPerDocumentMs: Math.round((readTotal / Math.max(1, reads.length)) * 10) / 10,
    maxConcurrentRequests: await page.evaluate(maxConcurrent),
    medicationsRows: rows,
  };
}

async function main(): Promise<void> {
  const { startSandbox } = await import("../../sandbox/server");
  const { freePort } = await import("../e2e/free-port");
  const { launchChromium } = await import("../e2e/browser");
  const { buildAndServe } = await import("./serve");
  const { repoRoot } = await import("./corpus");
  const appPort = await freePort();
  const appOrigin = `http://127.0.0.1:${appPort}`;
  const dataset = storyDataset();
  const sizes = [...dataset.binaries.values()]
    .filter((b) => b.id.startsWith("b-story-"))
    .map((b) => b.bytes.length);
  const sandbox = await startSandbox({
    port: await freePort(),
    appOrigin,
    dataset,
    quiet: true,
    latencyMs: STORY_LATENCY_MS,
  });
  process.env.VITE_SANDBOX_FHIR_BASE = sandbox.fhirBase;
  process.stderr.write("Building the app…\n");
  const app = await buildAndServe(repoRoot, { useConfigFile: true, port: appPort });
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript({ content: "globalThis.__name = globalThis.__name || ((fn) => fn);" });
    const result = await runStoryBench(await context.newPage(), sandbox.origin, sizes.length);
    const average = Math.round(sizes.reduce((a, b) => a + b, 0) / sizes.length);
    console.log(
      JSON.stringify(
        { ...result, averageBytes: average, command: "npx tsx test/bench/story-bench.ts" },
        null,
        2,
      ),
    );
  } finally {
    await browser.close();
    await app.close();
    await sandbox.close();
  }
}

if (process.argv[1]?.endsWith("story-bench.ts")) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
