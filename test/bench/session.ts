/** A browser context with the bench probe, and an EHR launch of the bench patient, as a clinician does it. */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { PATIENT } from "./app-server";
import { installProbe, VISIBLE_MARKS } from "./probe";

export const TIMEOUT_MS = 180_000;

export interface ProbedPage {
  context: BrowserContext;
  page: Page;
}

/**
 * A fresh context whose pages carry the probe. With `delayOrigin`, every request to that origin waits
 * `delayMs` first (only when the sandbox itself does not apply the latency).
 */
export async function probedPage(
  browser: Browser,
  delay?: { origin: string; ms: number },
): Promise<ProbedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // tsx compiles with esbuild's keepNames, which wraps named inner functions in a `__name(fn, "name")` helper
  // that does not exist in the page when Playwright serialises a function there: give pages a no-op one.
  await context.addInitScript({ content: "globalThis.__name = globalThis.__name || ((fn) => fn);" });
  await context.addInitScript(installProbe, [...VISIBLE_MARKS]);
  if (delay !== undefined) {
    await context.route(`${delay.origin}/**`, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, delay.ms));
      await route.continue();
    });
  }
  const page = await context.newPage();
  page.on("pageerror", (error) => {
    console.error(`bench page error: ${error.message}`);
  });
  return { context, page };
}

/** Opens the EHR simulator and follows its launch link for the bench patient (returns once navigating). */
export async function ehrLaunch(page: Page, sandboxOrigin: string): Promise<void> {
  await page.goto(`${sandboxOrigin}/ehr`);
  const href = await page.getByRole("link", { name: `Launch ${PATIENT}` }).getAttribute("href");
  if (href === null) throw new Error(`The EHR simulator does not list ${PATIENT}`);
  await page.goto(new URL(href, sandboxOrigin).toString(), { waitUntil: "commit" });
}

export interface ResourceEntry {
  name: string;
  start: number;
  end: number;
}

/** Resource Timing of the current document (fetches and scripts), in the page's clock. */
export function resources(page: Page): Promise<ResourceEntry[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .map((entry) => ({ name: entry.name, start: entry.startTime, end: entry.startTime + entry.duration })),
  );
}

/** The launch ends when the token response is in: the app then has its session. */
export async function launchEnd(page: Page): Promise<number> {
  await page.waitForFunction(
    () => performance.getEntriesByType("resource").some((entry) => entry.name.includes("/auth/token")),
    undefined,
    { timeout: TIMEOUT_MS },
  );
  const token = (await resources(page)).find((entry) => entry.name.includes("/auth/token"));
  if (token === undefined) throw new Error("No token request in the page's Resource Timing");
  return token.end;
}

export function documentsList(page: Page) {
  return page.getByRole("list", { name: "Documents" });
}

/**
 * Clicks the n-th row of the list (0-based) and waits until its document is shown: a C-CDA when it has
 * rendered completely (a new `ccda:render`) or shows its parse error; any other content once not busy.
 */
export async function openRow(page: Page, index: number): Promise<void> {
  const before = await page.evaluate(
    () => window.__bench.marks.filter((m) => m.name === "ccda:render").length,
  );
  await documentsList(page).getByRole("listitem").nth(index).getByRole("button").first().click();
  await page.waitForFunction(
    (count) => {
      const article = document.querySelector('article.document-pane[aria-busy="false"]');
      if (article === null) return false;
      const rendered = window.__bench.marks.filter((m) => m.name === "ccda:render").length > count;
      return (
        rendered ||
        article.querySelector(".ccda-view") === null ||
        article.querySelector(".parse-error") !== null
      );
    },
    before,
    { timeout: TIMEOUT_MS, polling: 50 },
  );
}
