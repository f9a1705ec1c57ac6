/**
 * Launch → first document painted, with latency on every sandbox request: the app should need the list's
 * first page and then the Binary (plus what runs in parallel), not a waterfall. Counted from the page's own
 * Resource Timing: requests after the token response and before the first `ccda:first-sections`/`ccda:render`,
 * and the longest chain of sandbox requests that each started after the previous one ended (round trips).
 */
import type { Browser, Page } from "playwright-core";
import type { LatencySandbox } from "./app-server";
import { ehrLaunch, launchEnd, probedPage, resources, type ResourceEntry } from "./session";

/** How long to wait for the app to open the newest document by itself before clicking it. */
const AUTO_OPEN_WAIT_MS = 15_000;

export interface LaunchResult {
  latencyMs: number;
  latencyBy: "sandbox" | "bench (the sandbox ignored latencyMs)";
  /** False when the app did not open a document by itself (requests are then counted until the wait ended). */
  autoOpened: boolean;
  /** Launch end → first document laid out; undefined without auto-open (the wait would be counted). */
  firstPaintMs: number | undefined;
  sandboxRequests: string[];
  otherRequests: number;
  roundTrips: number;
  /** Every request between launch end and first paint, times relative to the launch end (ms). */
  timeline: { url: string; startMs: number; endMs: number }[];
}

/** Longest chain of requests where each starts after the previous one's response ended. */
export function roundTrips(entries: readonly ResourceEntry[]): number {
  const depth = new Map<ResourceEntry, number>();
  for (const entry of [...entries].sort((a, b) => a.end - b.end)) {
    let before = 0;
    for (const [other, d] of depth) if (other.end <= entry.start) before = Math.max(before, d);
    depth.set(entry, before + 1);
  }
  return Math.max(0, ...depth.values());
}

/**
 * Waits for the first document on screen: a C-CDA's first `ccda:*` visible mark (exact), or for other
 * content an opened article that is no longer busy (polled every 20 ms). Returns its time in the page clock,
 * or undefined when the app opened nothing by itself.
 */
async function waitForFirstDocument(page: Page): Promise<number | undefined> {
  try {
    const handle = await page.waitForFunction(
      () => {
        const mark = window.__bench.marks.find((m) => m.name.startsWith("ccda:"));
        if (mark !== undefined) return mark.at;
        const shown = document.querySelector('article.document-pane[aria-busy="false"]') !== null;
        return shown ? performance.now() : undefined;
      },
      undefined,
      { timeout: AUTO_OPEN_WAIT_MS, polling: 20 },
    );
    return (await handle.jsonValue()) ?? undefined;
  } catch {
    return undefined;
  }
}

export async function benchLaunch(browser: Browser, sandbox: LatencySandbox): Promise<LaunchResult> {
  const delay = sandbox.sandboxAppliesLatency ? undefined : { origin: sandbox.origin, ms: sandbox.latencyMs };
  const { context, page } = await probedPage(browser, delay);
  try {
    await ehrLaunch(page, sandbox.origin);
    const end = await launchEnd(page);
    const shownAt = await waitForFirstDocument(page);
    const autoOpened = shownAt !== undefined;
    const paintAt = shownAt ?? (await page.evaluate(() => performance.now()));
    const between = (await resources(page)).filter((entry) => entry.start >= end && entry.start < paintAt);
    const toSandbox = between.filter((entry) => entry.name.startsWith(sandbox.origin));
    return {
      latencyMs: sandbox.latencyMs,
      latencyBy: sandbox.sandboxAppliesLatency ? "sandbox" : "bench (the sandbox ignored latencyMs)",
      autoOpened,
      firstPaintMs: autoOpened ? paintAt - end : undefined,
      sandboxRequests: toSandbox.map((entry) => entry.name.slice(sandbox.origin.length)),
      otherRequests: between.length - toSandbox.length,
      roundTrips: roundTrips(toSandbox),
      timeline: between.map((entry) => ({
        url: entry.name,
        startMs: entry.start - end,
        endMs: entry.end - end,
      })),
    };
  } finally {
    await context.close();
  }
}
