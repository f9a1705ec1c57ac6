/**
 * The frame of the single-document tools (profile.ts, relayout.ts, timeline.ts, trace.ts): the built app on
 * 127.0.0.1 and a Chromium, both closed whatever happens, and an exit code of 1 when the tool fails.
 */
import type { Browser } from "playwright-core";
import { launchChromium } from "../e2e/browser";
import { startBenchApp, type BenchApp } from "./app-server";

/** Builds the app (unminified when asked, for readable profiles), serves it, starts Chromium, runs `body`. */
export async function withBenchApp(
  options: { minify: boolean },
  body: (app: BenchApp, browser: Browser) => Promise<void>,
): Promise<void> {
  const app = await startBenchApp({ latency: false, scale: false, minify: options.minify });
  const browser = await launchChromium();
  try {
    await body(app, browser);
  } finally {
    await browser.close();
    await app.close();
  }
}

/** Runs a tool's main: an error is printed and ends the process with code 1. */
export function runTool(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
