/**
 * The document list in Chromium: the first document opens as soon as the first page lands, sort / filter /
 * group, the open document in the URL across reload and back/forward, a keyboard-only walk, the phone layout,
 * and the launch's smart_style_url.
 */
import type { Browser, Page, Route } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumMissingReason, launchChromium, openPage, type TrackedPage } from "./browser";
import { allDocumentsLoaded, ehrLaunch, ehrLaunchHref, openDocument } from "./flows";

const missing = chromiumMissingReason();
if (missing) console.warn(`\n!!! END-TO-END TESTS SKIPPED: ${missing}\n`);

const rows = (page: Page) => page.getByRole("list", { name: "Documents" }).locator(".document-row__title");
const openArticle = (page: Page) => page.locator("article.document-pane");

async function launchAt(browser: Browser, viewport: { width: number; height: number }): Promise<TrackedPage> {
  const tracked = await openPage(browser);
  await tracked.page.setViewportSize(viewport);
  await ehrLaunch(tracked.page, "Ava Lucía Reyes");
  return tracked;
}

describe.skipIf(missing)("Document list in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it("opens the newest document once the first page lands, before the other pages, in 2 FHIR round trips", async () => {
    const { page, context } = await openPage(browser);
    const fhir: string[] = [];
    let releaseLaterPages = () => {};
    const laterPages = new Promise<void>((resolve) => {
      releaseLaterPages = resolve;
    });
    // Small pages, and every page after the first held back until the test has seen the document open.
    await page.route(/\/fhir\/DocumentReference\?/, async (route: Route) => {
      const url = new URL(route.request().url());
      if (url.searchParams.has("_page") && route.request().method() === "GET") await laterPages;
      if (url.searchParams.get("_count") === "50") url.searchParams.set("_count", "10");
      await route.continue({ url: url.href });
    });
    page.on("request", (request) => {
      if (request.url().includes("/fhir/") && request.method() === "GET") {
        const url = new URL(request.url());
        fhir.push(`${url.pathname}${url.search}`);
      }
    });
    await page.goto(await ehrLaunchHref(page, "Ava Lucía Reyes"));
    await page.waitForURL(/\/viewer\?doc=/);
    const article = openArticle(page);
    await expect.poll(() => article.getAttribute("aria-busy"), { timeout: 30_000 }).toBe("false");
    expect(await page.locator(".document-list__progress").textContent()).toMatch(/^Loaded 10 of 34/);
    expect(new URL(page.url()).searchParams.get("doc")).toBe("dr-ava-reyes-broken");
    // After the launch: Patient (in parallel), the first page, then the Binary. Nothing else in between.
    const binaryAt = fhir.findIndex((p) => p.includes("/Binary/"));
    const beforeBinary = fhir.slice(0, binaryAt).filter((p) => !/metadata|well-known/.test(p));
    expect(
      beforeBinary.every((p) => /\/fhir\/(Patient|DocumentReference)/.test(p)),
      beforeBinary.join(),
    ).toBe(true);
    // One search page waited for: page 2 is requested as soon as page 1 lands, but it is held back above, so
    // the Binary did not wait for it. ($docref, the patient-summary operation, may run in parallel.)
    expect(
      beforeBinary.filter((p) => /\/DocumentReference\?/.test(p) && !p.includes("_page=")),
      beforeBinary.join("\n"),
    ).toHaveLength(1);
    releaseLaterPages();
    expect(await allDocumentsLoaded(page)).toBe(34);
    // The late pages did not take the user somewhere else.
    expect(new URL(page.url()).searchParams.get("doc")).toBe("dr-ava-reyes-broken");
    await context.close();
  });

  it("sorts, filters, groups with counts, and shows superseded versions on request", async () => {
    const { page, context } = await launchAt(browser, { width: 1280, height: 900 });
    await allDocumentsLoaded(page);
    const toggle = page.getByRole("button", { name: "Show superseded (2)" });
    await toggle.waitFor();
    expect(await rows(page).count()).toBe(32);

    await page.getByLabel("Search documents").fill("discharge corrected");
    await expect
      .poll(() => rows(page).allTextContents())
      .toEqual(["Discharge Summary: Diabetic ketoacidosis (corrected)"]);
    await page.getByLabel("Search documents").fill("");

    await page.getByText("Filters", { exact: true }).click();
    await page.getByLabel("Type", { exact: true }).selectOption({ label: "Discharge summary (4)" });
    await expect.poll(() => rows(page).count()).toBe(3);
    await page.getByRole("button", { name: "Show superseded (1)" }).click();
    await expect.poll(() => rows(page).count()).toBe(4);
    expect(await rows(page).allTextContents()).toContain("Discharge Summary: Diabetic ketoacidosis");
    await page.getByRole("button", { name: "Hide superseded" }).click();
    await page.getByLabel("From", { exact: true }).fill("2023-01-01");
    await page.getByLabel("To", { exact: true }).fill("2025-12-31");
    await expect
      .poll(() => rows(page).allTextContents())
      .toEqual([
        "Discharge Summary: Diabetic ketoacidosis (corrected)",
        "Discharge Summary: Asthma exacerbation",
      ]);
    await page.getByRole("button", { name: "Clear filters" }).first().click();
    await expect.poll(() => rows(page).count()).toBe(32);

    await page.getByLabel("Sort by").selectOption("author");
    await expect
      .poll(() => page.locator(".document-row__meta").first().textContent())
      .toMatch(/^Jordan Ellis/);

    await page.getByLabel("Group by").selectOption("encounter");
    const stay = page.getByRole("heading", { level: 3, name: /^Encounter of May 22, 2020.*\(2\)$/ });
    await stay.waitFor();
    await page.getByLabel("Group by").selectOption("type");
    const progress = page.getByRole("heading", { level: 3, name: /^Progress note \(\d+\)$/ });
    await progress.waitFor();
    expect(await progress.count()).toBe(1);
    // The choices survive a reload (sessionStorage, never the URL).
    await page.reload();
    await progress.waitFor();
    expect(page.url()).not.toMatch(/group|sort|author/);
    await context.close();
  });

  it("keeps the open document in the URL across back/forward and a reload, without a new sign-in", async () => {
    const tracked = await launchAt(browser, { width: 1280, height: 900 });
    const { page, context } = tracked;
    await allDocumentsLoaded(page);
    await openDocument(page, /Referral to Pulmonary Disease/);
    const first = new URL(page.url()).searchParams.get("doc");
    await openDocument(page, /12-lead ECG/);
    expect(new URL(page.url()).searchParams.get("doc")).toBe("dr-ava-reyes-ecg-pdf");
    await page.goBack();
    await page.getByRole("article", { name: "Referral to Pulmonary Disease" }).waitFor();
    expect(new URL(page.url()).searchParams.get("doc")).toBe(first);
    await page.goForward();
    await page.getByRole("article", { name: "12-lead ECG report (PDF)" }).waitFor();

    const before = tracked.requests.length;
    await page.reload();
    await page.getByRole("article", { name: "12-lead ECG report (PDF)" }).waitFor({ timeout: 30_000 });
    const after = tracked.requests.slice(before);
    expect(
      after.filter((url) => url.includes("/auth/")),
      "fhirclient restored the session",
    ).toEqual([]);
    expect(after.some((url) => url.includes("/fhir/DocumentReference"))).toBe(true);
    await context.close();
  });

  it("works from the keyboard alone, with visible focus", async () => {
    const { page, context } = await launchAt(browser, { width: 1280, height: 900 });
    await allDocumentsLoaded(page);
    await page.keyboard.press("Tab");
    for (let i = 0; i < 40; i += 1) {
      const onRow = await page.evaluate(() =>
        document.activeElement?.classList.contains("document-row__button"),
      );
      if (onRow === true) break;
      await page.keyboard.press("Tab");
    }
    const focused = page.locator(".document-row__button:focus");
    expect(await focused.count(), "Tab reaches the list").toBe(1);
    expect(await focused.evaluate((el) => getComputedStyle(el).boxShadow)).not.toBe("none");
    await page.keyboard.press("Home");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    const title =
      (await page.locator(".document-row__button:focus .document-row__title").textContent()) ?? "";
    expect(title).not.toBe("");
    await page.keyboard.press("Enter");
    await page.getByRole("article", { name: title, exact: true }).waitFor();
    const titles = await rows(page).allTextContents();
    await page.keyboard.press("j");
    await page.getByRole("article", { name: titles[3] ?? "", exact: true }).waitFor();
    await page.keyboard.press("Alt+ArrowUp");
    await page.getByRole("article", { name: title, exact: true }).waitFor();
    await page.getByText("Keyboard shortcuts").click();
    await expect(page.locator(".keyboard-help").textContent()).resolves.toMatch(/Open the next document/);
    await page.screenshot({ path: "/tmp/list-keyboard-1280.png" });
    await context.close();
  });

  it("in an EHR frame of 1024×768: both panes, the newest document open, the EHR's style applied", async () => {
    const { page, context } = await launchAt(browser, { width: 1024, height: 768 });
    await allDocumentsLoaded(page);
    await expect.poll(() => openArticle(page).getAttribute("aria-busy"), { timeout: 30_000 }).toBe("false");
    expect(await page.locator(".two-pane__list").isVisible()).toBe(true);
    const style = await page.evaluate(() => ({
      font: document.documentElement.style.getPropertyValue("--font-sans"),
      bg: document.documentElement.style.getPropertyValue("--color-bg"),
    }));
    expect(style.font).toMatch(/Georgia/);
    expect(style.bg).toBe("#edeae3");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(overflow, "no horizontal scrolling at 1024 px").toBe(false);
    await page.screenshot({ path: "/tmp/list-1024.png" });
    await context.close();
  });

  it("on a phone: the list first, then the document with a back button and focus on its heading", async () => {
    const { page, context } = await launchAt(browser, { width: 390, height: 844 });
    await allDocumentsLoaded(page);
    expect(new URL(page.url()).searchParams.has("doc"), "no automatic opening on a phone").toBe(false);
    await page.screenshot({ path: "/tmp/list-390.png" });
    await openDocument(page, /Referral to Pulmonary Disease/);
    expect(await page.locator(".two-pane__list").isVisible()).toBe(false);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ""))
      .toBe("Referral to Pulmonary Disease");
    expect(await page.evaluate(() => /^H[12]$/.test(document.activeElement?.tagName ?? ""))).toBe(true);
    await page.screenshot({ path: "/tmp/list-390-document.png" });
    await page.getByRole("button", { name: "All documents" }).click();
    await page.getByRole("list", { name: "Documents" }).waitFor();
    await expect
      .poll(() =>
        page.evaluate(() => document.activeElement?.querySelector(".document-row__title")?.textContent),
      )
      .toBe("Referral to Pulmonary Disease");
    expect(new URL(page.url()).searchParams.has("doc")).toBe(false);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(overflow, "no horizontal scrolling on a phone").toBe(false);
    await context.close();
  });
});
