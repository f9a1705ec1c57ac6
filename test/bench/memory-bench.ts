/**
 * JS heap (CDP Runtime.getHeapUsage after HeapProfiler.collectGarbage) with the patient's list loaded and its
 * a document open, after opening the next `count` documents one after another, and after leaving them
 * (back to that document, the screen the baseline was taken on). Caches must be bounded for the last
 * figure to come back near the first. DOM memory lives in Blink, not in this heap; its node count is shown too.
 */
import type { Browser, CDPSession, Page } from "playwright-core";
import type { RunningSandbox } from "../../sandbox/server";
import { documentsList, ehrLaunch, launchEnd, openRow, probedPage, TIMEOUT_MS } from "./session";

export interface HeapSample {
  usedBytes: number;
  domNodes: number;
}

export interface MemoryResult {
  documentsOpened: number;
  before: HeapSample;
  afterOpening: HeapSample;
  afterLeaving: HeapSample;
}

async function sample(cdp: CDPSession): Promise<HeapSample> {
  // Twice: the first collection can leave what only a finalizer released.
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  const { metrics } = await cdp.send("Performance.getMetrics");
  return {
    usedBytes: usedSize,
    domNodes: metrics.find((metric) => metric.name === "Nodes")?.value ?? Number.NaN,
  };
}

async function allRowsLoaded(page: Page): Promise<number> {
  await page
    .locator(".document-list__progress")
    .filter({ hasText: /^\d+ documents?$/ })
    .waitFor({ timeout: TIMEOUT_MS });
  return documentsList(page).getByRole("listitem").count();
}

export async function benchMemory(
  browser: Browser,
  sandbox: RunningSandbox,
  count: number,
): Promise<MemoryResult> {
  const { context, page } = await probedPage(browser);
  const cdp = await context.newCDPSession(page);
  try {
    await ehrLaunch(page, sandbox.origin);
    await launchEnd(page);
    const rows = await allRowsLoaded(page);
    if (rows < count + 1) throw new Error(`Only ${rows} rows; the memory bench needs ${count + 1}`);
    // The baseline document is one the app never opens by itself (it may auto-open the newest, row 0).
    const home = count;
    await openRow(page, home);
    await cdp.send("Performance.enable");
    const before = await sample(cdp);
    for (let index = 0; index < count; index += 1) await openRow(page, index);
    const afterOpening = await sample(cdp);
    await openRow(page, home);
    const afterLeaving = await sample(cdp);
    return { documentsOpened: count, before, afterOpening, afterLeaving };
  } finally {
    await cdp.detach();
    await context.close();
  }
}
