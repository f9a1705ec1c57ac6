/**
 * SMART launches in real Chromium against the sandbox: EHR launch from the simulator, standalone launch through
 * the patient picker, silent token refresh, an expired session, a refused Binary scope.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDataset } from "../../sandbox/data/dataset";
import { chromiumMissingReason, foreignRequests, launchChromium, openPage } from "./browser";
import {
  allDocumentsLoaded,
  appOrigin,
  ehrLaunch,
  ehrLaunchHref,
  openDocument,
  sandboxOrigin,
} from "./flows";

const missing = chromiumMissingReason();
if (missing) console.warn(`\n!!! END-TO-END TESTS SKIPPED: ${missing}\n`);

const dataset = buildDataset();
const documentCount = (family: string): number => {
  const patient = dataset.patients.find((p) => p.name?.[0]?.family === family);
  return dataset.documentReferences.filter((d) => d.subject?.reference === `Patient/${patient?.id ?? ""}`)
    .length;
};

describe.skipIf(missing)("SMART launch in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it("launches from the EHR simulator, shows the banner and every page of documents", async () => {
    const { page, context, errors, ...tracked } = await openPage(browser);
    await page.goto(`${sandboxOrigin()}/ehr`);
    await page.getByRole("link", { name: "Launch Ava Lucía Reyes" }).click();
    await page.waitForURL(`${appOrigin()}/viewer**`);

    const rows = await allDocumentsLoaded(page);
    expect(rows).toBe(documentCount("Reyes"));
    expect(rows).toBeGreaterThan(10); // more than one page of the sandbox's default _count
    const url = new URL(page.url());
    expect(url.searchParams.has("code"), "the code is removed from the address bar").toBe(false);
    expect(url.searchParams.has("state"), "the state is removed from the address bar").toBe(false);
    const banner = page.getByRole("region", { name: "Patient" });
    await expect(banner.textContent()).resolves.toContain("Reyes");
    const stored = await page.evaluate(() => JSON.stringify(localStorage));
    expect(stored).not.toMatch(/access_token|eyJ/);
    expect(foreignRequests({ page, context, errors, ...tracked }, [appOrigin(), sandboxOrigin()])).toEqual(
      [],
    );
    // The newest document opens on its own on a wide screen; inline styles the CSP blocks inside it are the
    // policy at work (documents.e2e treats them alike). Anything else logged is an error of the launch.
    expect(errors.filter((e) => !/Content Security Policy/.test(e))).toEqual([]);
    await context.close();
  });

  it("launches standalone as a patient through the sandbox's patient picker", async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${appOrigin()}/`);
    await page
      .getByRole("button", { name: /^Sign in to / })
      .first()
      .click();
    await page.getByRole("link", { name: "Select Marcus Chidi Okafor Jr." }).click();
    await page.waitForURL(`${appOrigin()}/viewer**`);
    expect(await allDocumentsLoaded(page)).toBe(documentCount("Okafor"));
    await context.close();
  });

  it("refreshes a short-lived token without the user noticing", async () => {
    const { page, context, requests } = await openPage(browser);
    await ehrLaunch(page, "Lena Novak", { token_lifetime: "12" });
    await allDocumentsLoaded(page);
    // fhirclient refreshes when the token has less than 10 s left: after 3 s a 12 s token is due.
    await page.waitForTimeout(3_000);
    // A C-CDA whose Binary must be fetched now, with the token that is about to expire.
    const article = await openDocument(page, /Referral to Gastroenterology/);
    await article.locator(".ccda-document").first().waitFor();
    await expect(article.textContent()).resolves.not.toMatch(/launch again/i);
    const tokenCalls = requests.filter((u) => u.endsWith("/auth/token"));
    expect(tokenCalls.length, "one code exchange, then at least one refresh").toBeGreaterThanOrEqual(2);
    await expect(page.getByText(/session (has )?ended/i).count()).resolves.toBe(0);
    await context.close();
  });

  it("leads to a clear 'launch again' screen when the session cannot be renewed", async () => {
    const { page, context } = await openPage(browser);
    await ehrLaunch(page, "Lena Novak", { token_lifetime: "1", fault: "refresh-fail" });
    await page
      .getByText(/launch again/i)
      .first()
      .waitFor({ timeout: 30_000 });
    await context.close();
  });

  it("names the missing Binary scope when the EHR refuses it", async () => {
    const { page, context } = await openPage(browser);
    await ehrLaunch(page, "Ava Lucía Reyes", { deny_scope: "patient/Binary.read" });
    await allDocumentsLoaded(page);
    const article = await openDocument(page, /Referral to/);
    await page
      .getByText(/Binary\.read/)
      .first()
      .waitFor();
    await expect(article.textContent()).resolves.toMatch(/patient\/Binary\.(read|rs)/);
    // The list still works: the rest of the app keeps working.
    expect(await page.getByRole("list", { name: "Documents" }).getByRole("listitem").count()).toBeGreaterThan(
      0,
    );
    await context.close();
  });

  it("refuses an EHR launch whose iss is not allow-listed, without redirecting", async () => {
    const { page, context, requests } = await openPage(browser);
    await page.goto(`${appOrigin()}/launch?iss=${encodeURIComponent("https://evil.example/fhir")}&launch=x`);
    await page
      .getByText(/not (a )?trusted|not allowed|untrusted/i)
      .first()
      .waitFor();
    expect(requests.filter((u) => new URL(u).hostname === "evil.example")).toEqual([]);
    expect(new URL(page.url()).origin, "no redirect away from the app").toBe(appOrigin());
    await context.close();
  });

  it("the simulator's launch link carries options through to the app", async () => {
    const { page, context } = await openPage(browser);
    const href = await ehrLaunchHref(page, "Ava Lucía Reyes", { need_patient_banner: "false" });
    await page.goto(href);
    await page.waitForURL(`${appOrigin()}/viewer**`);
    await allDocumentsLoaded(page);
    await expect(page.getByRole("region", { name: "Patient" }).count()).resolves.toBe(0);
    await context.close();
  });
});
