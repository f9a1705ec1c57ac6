/**
 * The patient story in Chromium against the sandbox: the summary gathered from all of Ava's documents with
 * provenance links that open the document at the section, search that opens a document, and the timeline.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, describeViolations } from "./axe";
import { chromiumMissingReason, launchChromium, openPage, type TrackedPage } from "./browser";
import { allDocumentsLoaded, ehrLaunch } from "./flows";

const missing = chromiumMissingReason();
if (missing) console.warn(`\n!!! END-TO-END TESTS SKIPPED: ${missing}\n`);

async function showStory(page: Page) {
  await page.getByRole("tab", { name: "Patient story" }).click();
  return page.getByRole("tabpanel", { name: "Patient story" });
}

/** After a provenance link: the documents view is back, the document loaded, and the section heading focused. */
async function expectOpenedAt(page: Page, headingText: RegExp) {
  await expect
    .poll(() => page.getByRole("tab", { name: "Documents" }).getAttribute("aria-selected"))
    .toBe("true");
  // The focused element must be the document's section heading (the story's own link has the same words).
  const focusedHeading = () =>
    page.evaluate(() => {
      const active = document.activeElement;
      return active?.classList.contains("ccda-section-title") === true ? active.textContent : "";
    });
  await expect.poll(focusedHeading, { timeout: 15_000 }).toMatch(headingText);
}

describe.skipIf(missing)("Patient story in Chromium", () => {
  let browser: Browser;
  let tracked: TrackedPage;
  let documents = 0;
  beforeAll(async () => {
    browser = await launchChromium();
    tracked = await openPage(browser);
    await ehrLaunch(tracked.page, "Ava Lucía Reyes");
    documents = await allDocumentsLoaded(tracked.page);
  });
  afterAll(async () => {
    await browser.close();
  });

  it("gathers the summary across the patient's documents, with provenance, and is axe-clean", async () => {
    const { page } = tracked;
    const panel = await showStory(page);
    const gather = panel.getByRole("button", { name: /^Gather from \d+ documents$/ });
    const count = Number(/\d+/.exec((await gather.textContent()) ?? "")?.[0]);
    expect(count).toBeGreaterThan(10);
    expect(count).toBeLessThanOrEqual(documents);
    await gather.click();
    await panel.getByText(/^Gathered from \d+ documents/).waitFor({ timeout: 60_000 });
    const meds = panel.getByRole("table", { name: /Medications/ });
    const metformin = meds.getByRole("row", { name: /metformin/i }).first();
    await expect.poll(() => metformin.getByText("Completed").count()).toBeGreaterThan(0);
    await metformin.getByText(/^History \(\d+ versions\)$/).click();
    expect(await metformin.locator(".story-history__list li").count()).toBeGreaterThan(1);
    // The switch from older documents: simvastatin, no longer in the newer lists (the summary may still be
    // catching up with the last documents read, hence the poll).
    const simvastatin = meds.getByRole("row", { name: /simvastatin/i });
    await expect.poll(() => simvastatin.count(), { timeout: 15_000 }).toBe(1);
    expect(await simvastatin.getByText(/Not in newer lists/).count()).toBe(1);
    await page.screenshot({ path: "/tmp/story-summary.png", fullPage: false });
    const violations = await axeViolations(page, ".story-panel");
    expect(violations, describeViolations(violations)).toEqual([]);
    await metformin.locator(".story-sources__list button").first().click();
    await expectOpenedAt(page, /Medications/i);
    await page.screenshot({ path: "/tmp/story-opened.png" });
  });

  it("searches all documents and opens the matching section", async () => {
    const { page } = tracked;
    const panel = await showStory(page);
    await panel.getByRole("tab", { name: "Search all documents" }).click();
    await panel.getByRole("searchbox").fill("ceftriaxone");
    await panel.getByText(/^\d+ matching sections? in \d+ documents?\.$/).waitFor();
    const first = panel.locator(".story-results button").first();
    const section = (await first.textContent()) ?? "";
    expect(await panel.locator("mark").first().textContent()).toMatch(/ceftriaxone/i);
    await page.screenshot({ path: "/tmp/story-search.png" });
    const violations = await axeViolations(page, ".story-panel");
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(section).not.toBe("");
    await first.click();
    // The document opens at the match: its find bar holds the word, has the focus and counts the matches.
    await expect
      .poll(() => page.getByRole("tab", { name: "Documents" }).getAttribute("aria-selected"))
      .toBe("true");
    const find = page.getByRole("searchbox", { name: "Search in document" });
    await expect.poll(() => find.inputValue(), { timeout: 15_000 }).toMatch(/^ceftriaxone$/i);
    await expect.poll(() => find.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(() => page.locator(".find-bar__count").textContent()).toMatch(/^1 of \d+\+?$/);
    await page.screenshot({ path: "/tmp/story-search-opened.png" });
  });

  it("shows documents and encounters on a timeline whose marks open the document", async () => {
    const { page } = tracked;
    const panel = await showStory(page);
    await panel.getByRole("tab", { name: "Timeline" }).click();
    const marks = panel.locator("svg [role=button]");
    expect(await marks.count()).toBeGreaterThan(documents / 2);
    await page.screenshot({ path: "/tmp/story-timeline.png" });
    const violations = await axeViolations(page, ".story-panel");
    expect(violations, describeViolations(violations)).toEqual([]);
    const discharge = panel
      .getByRole("button", { name: /^Discharge summary: .*Open the document\.$/ })
      .first();
    const label = (await discharge.getAttribute("aria-label")) ?? "";
    await discharge.focus();
    await page.keyboard.press("Enter");
    await expect
      .poll(() => page.getByRole("tab", { name: "Documents" }).getAttribute("aria-selected"))
      .toBe("true");
    const title = /^Discharge summary: (.*), \d{4}-\d{2}-\d{2}\./.exec(label)?.[1] ?? "";
    expect(title).not.toBe("");
    await page.getByRole("article", { name: title }).first().waitFor({ timeout: 15_000 });
    // Focus follows the link into the opened document (its title), not lost on the hidden story panel.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest("article")?.getAttribute("aria-label")))
      .toBe(title);
  });

  it("compares a document with the previous one of its type", async () => {
    const { page } = tracked;
    const panel = await showStory(page);
    await panel.getByRole("tab", { name: "What changed" }).click();
    await panel.getByText(/sections? changed/).waitFor();
    expect(await panel.locator(".story-change").count()).toBeGreaterThan(0);
    await page.screenshot({ path: "/tmp/story-changes.png" });
    const violations = await axeViolations(page, ".story-panel");
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
