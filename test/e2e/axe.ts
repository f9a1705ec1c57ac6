/**
 * axe-core inside the end-to-end Chromium. The source is evaluated through the DevTools protocol, which the
 * app's Content-Security-Policy does not govern, so the CSP under test stays on.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

interface AxeResultShape {
  violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] }[];
}

/** Runs axe (WCAG 2.0/2.1/2.2 A and AA rules) on the page, or on `selector` only, and returns the violations. */
export async function axeViolations(page: Page, selector?: string): Promise<AxeViolation[]> {
  // A rendered document measures its tables for keyboard scrolling while the page is idle (tables in sections
  // not laid out yet): judge the page once that is done, as a user tabbing through it meets it.
  // Two frames first: a resize just made is seen by the page's resize observers by then.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        requestAnimationFrame(() => {
          requestAnimationFrame(() => {
            resolve();
          });
        });
      }),
  );
  await page.waitForFunction(
    () =>
      Array.from(document.querySelectorAll(".ccda-container")).every((box) =>
        box.hasAttribute("data-tables-measured"),
      ),
    undefined,
    { timeout: 15_000 },
  );
  const hasAxe = await page.evaluate(() => "axe" in window);
  if (!hasAxe) await page.evaluate(axeSource);
  const result = await page.evaluate(async (context) => {
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<unknown> } }).axe;
    return axe.run(context ?? document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    });
  }, selector ?? null);
  return (result as AxeResultShape).violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact ?? null,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.map(String).join(" ")),
  }));
}

/** A readable one-line-per-violation summary, for assertion messages. */
export function describeViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map((v) => `${v.id} (${v.impact ?? "?"}): ${v.help} at ${v.targets.slice(0, 3).join(", ")}`)
    .join("\n");
}
