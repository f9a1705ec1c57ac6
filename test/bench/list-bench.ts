/**
 * A patient with thousands of DocumentReferences (sandbox scale mode, no latency so pages arrive back to back):
 * time from the launch end to the first rows and to all rows, and whether the page stays responsive meanwhile:
 * the longest main-thread task while pages arrive, and the input-to-next-paint of key presses sent every
 * 100 ms during loading (Event Timing API: trusted CDP key events, durations ≥16 ms are reported).
 */
import type { Browser, Page } from "playwright-core";
import type { RunningSandbox } from "../../sandbox/server";
import { ehrLaunch, launchEnd, probedPage, resources, TIMEOUT_MS } from "./session";

const KEY_INTERVAL_MS = 100;

export interface ListResult {
  documents: number;
  rows: number;
  pages: number;
  firstRowsMs: number;
  allRowsMs: number;
  longestTaskMs: number;
  longTasks: number;
  keyPresses: number;
  /** Longest keydown → next paint (Event Timing); 0 when every press was under 16 ms. */
  worstKeyToPaintMs: number;
}

/** Runs in the page: timestamps of the first row and of the "n documents" line, and key Event Timing. */
function watchList(): void {
  const state = { firstRowsAt: 0, allRowsAt: 0, keyDurations: [] as number[] };
  Object.assign(window, { __benchList: state });
  const check = () => {
    if (state.firstRowsAt === 0 && document.querySelector('[aria-label="Documents"] li') !== null)
      state.firstRowsAt = performance.now();
    const progress = document.querySelector(".document-list__progress")?.textContent ?? "";
    if (state.allRowsAt === 0 && /^\d+ documents?$/.test(progress.trim()))
      state.allRowsAt = performance.now();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        if (entry.name === "keydown") state.keyDurations.push(entry.duration);
    }).observe({ type: "event", durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  } catch {
    // No Event Timing: key latency comes out 0 and the long-task figures remain.
  }
}

interface ListState {
  firstRowsAt: number;
  allRowsAt: number;
  keyDurations: number[];
}

function listState(page: Page): Promise<ListState> {
  return page.evaluate(() => (window as unknown as { __benchList: ListState }).__benchList);
}

/** Presses Shift every KEY_INTERVAL_MS until every page is in; returns how many presses were sent. */
async function pressWhileLoading(page: Page): Promise<number> {
  let presses = 0;
  const deadline = Date.now() + TIMEOUT_MS;
  while ((await listState(page)).allRowsAt === 0) {
    if (Date.now() > deadline) throw new Error("The list never finished loading");
    await page.keyboard.press("Shift");
    presses += 1;
    await page.waitForTimeout(KEY_INTERVAL_MS);
  }
  return presses;
}

export async function benchList(
  browser: Browser,
  sandbox: RunningSandbox & { documents: number },
): Promise<ListResult> {
  const { context, page } = await probedPage(browser);
  await context.addInitScript(watchList);
  try {
    await ehrLaunch(page, sandbox.origin);
    const end = await launchEnd(page);
    const keyPresses = await pressWhileLoading(page);
    const state = await listState(page);
    const tasks = await page.evaluate(
      ([from, to]) =>
        window.__bench.longTasks.filter((task) => task.start + task.duration >= from && task.start <= to),
      [end, state.allRowsAt] as const,
    );
    const pages = (await resources(page)).filter((entry) => entry.name.includes("/DocumentReference")).length;
    return {
      documents: sandbox.documents,
      rows: await page.getByRole("list", { name: "Documents" }).getByRole("listitem").count(),
      pages,
      firstRowsMs: state.firstRowsAt - end,
      allRowsMs: state.allRowsAt - end,
      longestTaskMs: Math.max(0, ...tasks.map((task) => task.duration)),
      longTasks: tasks.length,
      keyPresses,
      worstKeyToPaintMs: Math.max(0, ...state.keyDurations),
    };
  } finally {
    await context.close();
  }
}
