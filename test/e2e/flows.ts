/**
 * Steps shared by the end-to-end tests: launching the app the ways real users do.
 */
import type { Page } from "playwright-core";
import { expect, inject } from "vitest";

export const appOrigin = (): string => inject("appOrigin");
export const sandboxOrigin = (): string => inject("sandboxOrigin");

/** The EHR simulator's launch link for a patient, with launch options (faults, token lifetime …) added. */
export async function ehrLaunchHref(
  page: Page,
  patientName: string,
  options: Record<string, string | string[]> = {},
) {
  await page.goto(`${sandboxOrigin()}/ehr`);
  const href = await page.getByRole("link", { name: `Launch ${patientName}` }).getAttribute("href");
  expect(href, `the EHR simulator lists ${patientName}`).toBeTruthy();
  const url = new URL(href ?? "", sandboxOrigin());
  for (const [key, value] of Object.entries(options)) {
    for (const v of Array.isArray(value) ? value : [value]) url.searchParams.append(key, v);
  }
  return url.toString();
}

/** Performs an EHR launch with options and waits for the document list to finish loading. */
export async function ehrLaunch(
  page: Page,
  patientName: string,
  options: Record<string, string | string[]> = {},
) {
  await page.goto(await ehrLaunchHref(page, patientName, options));
  await page.waitForURL(`${appOrigin()}/viewer**`);
}

/**
 * Waits until every page of the search has arrived, and returns the number of documents loaded: the progress
 * line's count, which includes superseded versions (the list hides those by default behind a toggle).
 */
export async function allDocumentsLoaded(page: Page): Promise<number> {
  const list = page.getByRole("list", { name: "Documents" });
  await list.waitFor();
  // The progress line reads "Loaded n of total" while pages arrive and "n documents" when the last one landed.
  const progress = page.locator(".document-list__progress").filter({ hasText: /^\d+ documents?$/ });
  await progress.waitFor({ timeout: 30_000 });
  const loaded = Number(/^\d+/.exec((await progress.textContent()) ?? "")?.[0]);
  const rows = await list.getByRole("listitem").count();
  const count = async (selector: string, pattern: RegExp) => {
    const locator = page.locator(selector);
    if ((await locator.count()) === 0) return 0;
    return Number(pattern.exec((await locator.first().textContent()) ?? "")?.[1] ?? 0);
  };
  const hidden = await count(".list-summary__text", /(\d+) superseded hidden/);
  // Long lists render their rows in batches as the user scrolls; the rest are counted on the button.
  const notYetRendered = await count(".document-list__more", /Show (\d+) more/);
  expect(rows + hidden + notYetRendered, "every loaded document is a row or counted as hidden").toBe(loaded);
  return loaded;
}

/** Opens the first document whose row contains the text, and waits until its article is no longer busy. */
export async function openDocument(page: Page, rowText: string | RegExp) {
  const row = page
    .getByRole("list", { name: "Documents" })
    .getByRole("listitem")
    .filter({ hasText: rowText })
    .first();
  const title = (await row.locator(".document-row__title").textContent())?.trim() ?? "";
  expect(title, `a row matches ${String(rowText)}`).not.toBe("");
  await row.getByRole("button").first().click();
  // The viewer is an article named after the document; aria-busy stays true until the content is shown.
  const article = page.getByRole("article", { name: title, exact: true });
  await article.waitFor();
  await expect
    .poll(() => article.getAttribute("aria-busy"), { timeout: 30_000, message: `${title} finished loading` })
    .toBe("false");
  return article;
}

/** A sandbox of sandboxes.ts by key ("main" is the development sandbox). */
export function sandbox(key: string): { name: string; origin: string; fhirBase: string } {
  const found = inject("sandboxes")[key];
  if (found === undefined) throw new Error(`No e2e sandbox "${key}"; add it to test/e2e/sandboxes.ts`);
  return found;
}
