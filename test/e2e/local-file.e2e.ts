/**
 * The local-file viewer in Chromium: a document chosen from disk renders through the same pipeline with no
 * network request at all (not even to the sandbox).
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDataset } from "../../sandbox/data/dataset";
import { chromiumMissingReason, launchChromium, openPage } from "./browser";
import { appOrigin } from "./flows";

const missing = chromiumMissingReason();
if (missing) console.warn(`\n!!! END-TO-END TESTS SKIPPED: ${missing}\n`);

const realDocument = path.resolve(
  import.meta.dirname,
  "../../../shared/ccda/dev/chb-sample_ccdas/HL7 Samples/Progress_Note.sample.xml",
);
const realMissing = existsSync(realDocument)
  ? undefined
  : `${realDocument} is absent (../shared not laid out)`;
if (realMissing) console.warn(`\n!!! REAL-DOCUMENT LOCAL-FILE TEST SKIPPED: ${realMissing}\n`);

async function openLocal(browser: Browser, name: string, bytes: Buffer) {
  const tracked = await openPage(browser);
  await tracked.page.goto(`${appOrigin()}/local`, { waitUntil: "networkidle" });
  const before = tracked.requests.length;
  await tracked.page
    .locator("input[type=file]")
    .setInputFiles({ name, mimeType: "application/xml", buffer: bytes });
  const article = tracked.page.getByRole("article", { name });
  await expect.poll(() => article.getAttribute("aria-busy"), { timeout: 30_000 }).toBe("false");
  await article.locator(".ccda-document").first().waitFor();
  return { ...tracked, article, requestsAfterOpen: () => tracked.requests.slice(before) };
}

describe.skipIf(missing)("Local files in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it("renders a synthetic C-CDA chosen from disk, offline", async () => {
    const ccd = buildDataset().binaries.get("b-ava-reyes-26");
    expect(ccd, "the sandbox's showcase CCD exists").toBeDefined();
    const { article, context, requestsAfterOpen } = await openLocal(
      browser,
      "showcase-ccd.xml",
      Buffer.from(ccd!.bytes),
    );
    const headings = await article.locator(".ccda-document section h2").allTextContents();
    expect(headings.length).toBeGreaterThan(3);
    expect(requestsAfterOpen().filter((u) => /^https?:/.test(u))).toEqual([]);
    await context.close();
  });

  it.skipIf(realMissing)("renders a real HL7 sample chosen from disk", async () => {
    const { article, context } = await openLocal(
      browser,
      "Progress_Note.sample.xml",
      readFileSync(realDocument),
    );
    await expect(article.locator(".ccda-document h1").first().textContent()).resolves.toMatch(/\S/);
    expect(await article.locator(".ccda-document section").count()).toBeGreaterThan(2);
    await context.close();
  });
});
