/**
 * Debian's Chromium driven by playwright-core (no browser downloads here). Every page records what it asked the
 * network for and what it logged, so tests can assert that documents load nothing from elsewhere.
 */
import { existsSync } from "node:fs";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function chromiumMissingReason(): string | undefined {
  return existsSync(CHROMIUM)
    ? undefined
    : `${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium); .ci/run does this`;
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
    ],
  });
}

export interface TrackedPage {
  context: BrowserContext;
  page: Page;
  /** Every URL the page requested (documents, scripts, images, fetches, frames). */
  requests: string[];
  /** Console errors and uncaught page errors. */
  errors: string[];
}

export async function openPage(browser: Browser): Promise<TrackedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const tracked: TrackedPage = { context, page, requests: [], errors: [] };
  page.on("request", (request) => tracked.requests.push(request.url()));
  page.on("pageerror", (error) => tracked.errors.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") tracked.errors.push(`console: ${message.text()}`);
  });
  return tracked;
}

/**
 * Network requests that went anywhere but the app and the sandbox. data: and blob: are local; chrome: and
 * chrome-extension: are the browser's own PDF viewer loading itself, never the network.
 */
export function foreignRequests(tracked: TrackedPage, allowedOrigins: string[]): string[] {
  return tracked.requests.filter((url) => {
    const { protocol, origin } = new URL(url);
    if (!/^(https?|wss?|ftp):$/.test(protocol)) return false;
    return !allowedOrigins.includes(origin);
  });
}
