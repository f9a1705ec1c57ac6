/**
 * The app as users get it: a production build under `vite preview` against the sandbox in scale mode. One EHR
 * launch, timed from navigation to "n documents" in the list, then opening the large document, timed from the
 * click until its article stops being busy and the app's own `ccda:render` measure has landed.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser, Page } from "playwright-core";
import type { Dataset } from "../../sandbox/data/types";
import { startSandbox } from "../../sandbox/server";
import { freePort } from "../e2e/free-port";
import { repoRoot } from "./corpus";
import { buildAndServe } from "./serve";

export const PATIENT = "Ava Lucía Reyes";
/** The large document's own title (inside the rendered C-CDA); its list row shows the LOINC type instead. */
const LARGE_TITLE = /\(large, ~/;
const TIMEOUT_MS = 180_000;

export interface AppBenchResult {
  patient: string;
  documentsListed: number;
  listMs: number;
  openLargeMs: number;
  /** Durations of every `ccda:render` measure the page recorded while opening the large document. */
  renderMeasuresMs: number[];
  initialJs: { files: string[]; rawBytes: number; gzipBytes: number };
}

/** The JS the built index.html loads up front (module scripts and modulepreloads), raw and gzipped. */
export function initialJsSize(outDir: string): AppBenchResult["initialJs"] {
  const html = readFileSync(path.join(outDir, "index.html"), "utf8");
  const files = [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((match) => match[1] ?? "");
  const contents = files.map((file) => readFileSync(path.join(outDir, file)));
  return {
    files,
    rawBytes: contents.reduce((total, bytes) => total + bytes.length, 0),
    gzipBytes: contents.reduce((total, bytes) => total + gzipSync(bytes, { level: 9 }).length, 0),
  };
}

async function launchAndList(page: Page, sandboxOrigin: string): Promise<{ ms: number; count: number }> {
  await page.goto(`${sandboxOrigin}/ehr`);
  const href = await page.getByRole("link", { name: `Launch ${PATIENT}` }).getAttribute("href");
  if (href === null) throw new Error(`The EHR simulator does not list ${PATIENT}`);
  const started = performance.now();
  await page.goto(new URL(href, sandboxOrigin).toString());
  await page
    .locator(".document-list__progress")
    .filter({ hasText: /^\d+ documents?$/ })
    .waitFor({ timeout: TIMEOUT_MS });
  const ms = performance.now() - started;
  const count = await page.getByRole("list", { name: "Documents" }).getByRole("listitem").count();
  return { ms, count };
}

/** The list row of the patient's large document is found by its date (the title is a common LOINC type). */
function largeDocumentDate(dataset: Dataset): string {
  const reference = dataset.documentReferences.find(
    (candidate) => candidate.id?.endsWith("-large") === true && candidate.subject?.display === PATIENT,
  );
  if (reference?.date === undefined) throw new Error(`No dated large document for ${PATIENT} in the dataset`);
  return reference.date;
}

async function openLarge(page: Page, date: string): Promise<{ ms: number; measures: number[] }> {
  const row = page
    .getByRole("list", { name: "Documents" })
    .getByRole("listitem")
    .filter({ has: page.locator(`time[datetime="${date}"]`) });
  const button = row.first().getByRole("button").first();
  const started = performance.now();
  await button.click();
  await page
    .locator('article[aria-busy="false"]')
    .filter({ hasText: LARGE_TITLE })
    .waitFor({ timeout: TIMEOUT_MS });
  await page.waitForFunction(
    () => performance.getEntriesByName("ccda:render", "measure").length > 0,
    undefined,
    {
      timeout: TIMEOUT_MS,
    },
  );
  const ms = performance.now() - started;
  const measures = await page.evaluate(() =>
    performance.getEntriesByName("ccda:render", "measure").map((entry) => entry.duration),
  );
  return { ms, measures };
}

export async function benchApp(browser: Browser, dataset: Dataset): Promise<AppBenchResult> {
  const appPort = await freePort();
  const appOrigin = `http://127.0.0.1:${appPort}`;
  const sandbox = await startSandbox({ port: await freePort(), appOrigin, dataset, quiet: true });
  const previousBase = process.env.VITE_SANDBOX_FHIR_BASE;
  process.env.VITE_SANDBOX_FHIR_BASE = sandbox.fhirBase;
  try {
    const app = await buildAndServe(repoRoot, { useConfigFile: true, port: appPort });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      const list = await launchAndList(page, sandbox.origin);
      const open = await openLarge(page, largeDocumentDate(dataset));
      return {
        patient: PATIENT,
        documentsListed: list.count,
        listMs: list.ms,
        openLargeMs: open.ms,
        renderMeasuresMs: open.measures,
        initialJs: initialJsSize(app.outDir),
      };
    } finally {
      await context.close();
      await app.close();
    }
  } finally {
    if (previousBase === undefined) delete process.env.VITE_SANDBOX_FHIR_BASE;
    else process.env.VITE_SANDBOX_FHIR_BASE = previousBase;
    await sandbox.close();
  }
}
