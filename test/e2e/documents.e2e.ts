/**
 * Opening documents in real Chromium: a C-CDA rendered by our pipeline (with its `ccda:render` measure), a PDF,
 * inline HTML notes (hostile ones included), plain text, a malformed document, and a local file.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  chromiumMissingReason,
  foreignRequests,
  launchChromium,
  openPage,
  type TrackedPage,
} from "./browser";
import { allDocumentsLoaded, appOrigin, ehrLaunch, openDocument, sandboxOrigin } from "./flows";

const missing = chromiumMissingReason();
if (missing) console.warn(`\n!!! END-TO-END TESTS SKIPPED: ${missing}\n`);

describe.skipIf(missing)("Opening documents in Chromium", () => {
  let browser: Browser;
  let tracked: TrackedPage;
  beforeAll(async () => {
    browser = await launchChromium();
    tracked = await openPage(browser);
    // Hostile content that manages to run script would set this flag.
    await tracked.page.addInitScript(() => {
      window.alert = () => {
        (window as unknown as { __pwned: boolean }).__pwned = true;
      };
    });
    await ehrLaunch(tracked.page, "Ava Lucía Reyes");
    await allDocumentsLoaded(tracked.page);
  });
  afterAll(async () => {
    await browser.close();
  });

  it("renders a C-CDA with header, sections and a ccda:render measure", async () => {
    const { page } = tracked;
    const article = await openDocument(page, /Continuity of Care Document/);
    await article.locator(".ccda-document h1").first().waitFor();
    const headings = await article.locator(".ccda-document section h2").allTextContents();
    expect(headings.length).toBeGreaterThan(3);
    expect(headings.join(" ")).toMatch(/Medications/i);
    const measures = await page.evaluate(() => performance.getEntriesByName("ccda:render").length);
    expect(measures).toBeGreaterThanOrEqual(1);
    const scripts = await article
      .locator("script, iframe:not([title='PDF document']), [onerror], [onclick]")
      .count();
    expect(scripts).toBe(0);
  });

  it("opens a PDF in a blob: frame with a download link", async () => {
    const { page } = tracked;
    const article = await openDocument(page, /ECG report \(PDF\)/);
    const frame = article.locator("iframe[title='PDF document']");
    await frame.waitFor();
    expect(await frame.getAttribute("src")).toMatch(/^blob:/);
    await expect(article.getByRole("link", { name: /Download/i }).count()).resolves.toBeGreaterThan(0);
  });

  it("shows inline HTML notes sanitized: text kept, script and remote loads gone", async () => {
    const { page } = tracked;
    const benign = await openDocument(page, /Nursing Progress Note \(HTML\)/);
    expect((await benign.textContent())?.length ?? 0).toBeGreaterThan(50);
    const hostile = await openDocument(page, /HTML with unsafe markup/);
    await expect(hostile.textContent()).resolves.toContain("Outside records portal");
    expect(
      await hostile.locator("script, iframe, form, img[src='x'], [onerror], [onload], [style]").count(),
    ).toBe(0);
    expect(await hostile.locator("img[src^='http']").count(), "no remote image survives").toBe(0);
    const jsLinks = await hostile.locator("a[href^='javascript']").count();
    expect(jsLinks).toBe(0);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned ?? false)).toBe(
      false,
    );
  });

  it("shows a plain-text note as text, decoded as UTF-8", async () => {
    const article = await openDocument(tracked.page, /plain text/i);
    await expect(article.locator("pre").first().textContent()).resolves.toMatch(/[^\p{ASCII}]/u);
  });

  it("explains a malformed document and keeps the app working", async () => {
    const { page } = tracked;
    const article = await openDocument(page, /Deliberately malformed/);
    await expect(article.textContent()).resolves.toMatch(/line \d+/i);
    const next = await openDocument(page, /Referral to/);
    await next.locator(".ccda-document").first().waitFor();
  });

  it("loaded nothing from any other host and ran no document script", async () => {
    expect(foreignRequests(tracked, [appOrigin(), sandboxOrigin()])).toEqual([]);
    expect(
      await tracked.page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned ?? false),
    ).toBe(false);
    expect(tracked.errors.filter((e) => !/Content Security Policy|403|404/.test(e))).toEqual([]);
  });
});
