/**
 * The app against every vendor profile of the sandbox (sandbox/profiles/README.md), in Chromium, configured per
 * issuer through the build's config.json (app-servers.ts): EHR launch, standalone launch, the whole list across
 * at least three pages, a C-CDA, an HTML note, a PDF or a rendition fallback, a token refresh, the current
 * summary where $docref exists, and one failure each profile is known for, shown in words a user can act on.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumMissingReason, launchChromium, openPage } from "./browser";
import { allDocumentsLoaded, appOrigin } from "./flows";
import {
  ehrLaunchOn,
  openById,
  sandbox,
  serveConfig,
  smallPages,
  standaloneLaunch,
  trackTokenCalls,
  type PageLog,
} from "./profile-flows";

const missing = chromiumMissingReason();
if (missing) console.warn(`\n!!! END-TO-END TESTS SKIPPED: ${missing}\n`);

interface ProfileCase {
  key: string;
  /** The start-page server for the standalone launch. */
  standalone: string;
  ccda: string;
  htmlNote: string;
  /** A PDF document, or one whose best rendition the test makes fail (by id of that rendition's Binary). */
  pdf: { id: string; failBinary?: RegExp; shows: "pdf" | "download" | "ccda"; notice: RegExp };
  docref: boolean;
}

const PROFILES: ProfileCase[] = [
  {
    key: "main",
    standalone: "Development sandbox",
    ccda: "dr-ava-reyes-01",
    htmlNote: "dr-ava-reyes-nrs-1",
    pdf: { id: "dr-ava-reyes-ecg-pdf", shows: "pdf", notice: /^$/ },
    docref: false,
  },
  {
    key: "soarian",
    standalone: "Oracle Health Soarian",
    ccda: "AVA-REYES.DM.3HB46N3",
    htmlNote: "AVA-REYES.NRS.56471",
    // The scanned outside document: a SOEN whose nonXMLBody wraps a PDF.
    pdf: { id: "AVA-REYES.DM.1RFSVM9", shows: "ccda", notice: /^$/ },
    docref: true,
  },
  {
    key: "millennium",
    standalone: "Oracle Health Millennium (patient)",
    ccda: "200000001",
    htmlNote: "200000032",
    // XML and a working PDF: the browser makes the XML Binary 404, so the app must fall back to the PDF.
    pdf: {
      id: "200000021",
      failBinary: /\/Binary\/XML-200000021$/,
      shows: "pdf",
      notice:
        /The C-CDA version could not be loaded \(the server did not find it\)\. Showing the PDF version/,
    },
    docref: true,
  },
  {
    key: "epic",
    standalone: "Epic",
    ccda: "dr-ava-reyes-01",
    htmlNote: "dr-ava-reyes-02",
    // HTML and RTF renditions: the HTML Binary is made to 404, so the RTF is offered as a download.
    pdf: {
      id: "dr-ava-reyes-23-v2",
      failBinary: /\/Binary\/dr-ava-reyes-23-v2-html$/,
      shows: "download",
      notice: /The HTML version could not be loaded .* Showing the RTF version/,
    },
    docref: false,
  },
];

/** For a human look at what users see (not an assertion). */
async function shot(page: Page, name: string) {
  await page.screenshot({ path: `/tmp/profiles-${name}.png` });
}

async function expectCcda(page: Page, id: string) {
  const article = await openById(page, id);
  await article.locator(".ccda-document h1").first().waitFor();
  return article;
}

describe.skipIf(missing)("vendor profiles in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  describe.each(PROFILES)("$key", (profile) => {
    it("EHR launch: the whole list over ≥ 3 pages, a C-CDA, an HTML note, a PDF or fallback", async () => {
      const { page, context, errors } = await openPage(browser);
      const log: PageLog = await smallPages(page);
      await ehrLaunchOn(page, sandbox(profile.key), "Ava Lucía Reyes");
      const rows = await allDocumentsLoaded(page);
      expect(log.pages, "pages of the search").toBeGreaterThanOrEqual(3);
      expect(rows, "one row per distinct DocumentReference").toBe(log.ids.size);
      if (profile.key === "millennium") {
        expect(log.entries, "Millennium repeats entries across pages; the list does not").toBeGreaterThan(
          rows,
        );
      }

      await expectCcda(page, profile.ccda);
      const note = await openById(page, profile.htmlNote);
      await note.locator(".foreign-html").first().waitFor();

      if (profile.pdf.failBinary !== undefined) {
        const failing = profile.pdf.failBinary;
        await page.route(failing, (route) =>
          route.fulfill({
            status: 404,
            contentType: "application/fhir+json",
            body: JSON.stringify({
              resourceType: "OperationOutcome",
              issue: [{ severity: "error", code: "not-found", details: { text: "Resource not found" } }],
            }),
          }),
        );
      }
      const pdf = await openById(page, profile.pdf.id);
      const shown = {
        pdf: ".pdf-view iframe[title='PDF document']",
        download: ".download-view a[download]",
        ccda: ".ccda-document",
      }[profile.pdf.shows];
      await pdf.locator(shown).first().waitFor();
      if (profile.pdf.failBinary !== undefined) {
        await expect(pdf.locator(".document-pane__rendition").textContent()).resolves.toMatch(
          profile.pdf.notice,
        );
        await shot(page, `${profile.key}-fallback`);
      }
      // Uncaught exceptions only: console messages (a 404 we caused, CSP reports about sanitized styles) are
      // other tests' business.
      expect(errors.filter((error) => error.startsWith("pageerror:"))).toEqual([]);
      await context.close();
    });

    it("standalone launch through the patient picker", async () => {
      const { page, context } = await openPage(browser);
      await standaloneLaunch(page, profile.standalone, "Marcus Chidi Okafor Jr.");
      expect(await allDocumentsLoaded(page)).toBeGreaterThan(0);
      await expect(page.getByRole("region", { name: "Patient" }).textContent()).resolves.toContain("Okafor");
      await context.close();
    });

    it("refreshes a short-lived token, and offers the current summary only where $docref exists", async () => {
      const { page, context } = await openPage(browser);
      const tokens = trackTokenCalls(page);
      await ehrLaunchOn(page, sandbox(profile.key), "Lena Novak", { token_lifetime: "12" });
      await allDocumentsLoaded(page);
      // A 12 s token is due for refresh (10 s margin) after 2 s.
      await page.waitForTimeout(3_000);
      const summary = page.getByRole("button", { name: "Current summary" });
      if (profile.docref) {
        await summary.click();
        const article = page.getByRole("article", { name: /^Current summary/ });
        await expect.poll(() => article.getAttribute("aria-busy"), { timeout: 30_000 }).toBe("false");
        await article.locator(".ccda-document h1").first().waitFor();
        await shot(page, `${profile.key}-current-summary`);
      } else {
        const rows = page.getByRole("list", { name: "Documents" }).getByRole("listitem");
        await rows.last().getByRole("button").first().click();
        await page.locator("article.document-pane[aria-busy='false']").waitFor();
        await expect(summary.count()).resolves.toBe(0);
      }
      expect(tokens.refreshes, "one refresh").toBe(1);
      expect(tokens.refused, "no refresh refused (Millennium throttles a second one within 60 s)").toEqual(
        [],
      );
      await expect(page.getByText(/session (has )?ended/i).count()).resolves.toBe(0);
      await context.close();
    });
  });

  it("strict-smart: a refused Binary scope is named before anything fails, and the list still loads", async () => {
    const { page, context, requests } = await openPage(browser);
    await ehrLaunchOn(page, sandbox("main"), "Ava Lucía Reyes", { deny_scope: "patient/Binary.read" });
    const panel = page.getByRole("alert").filter({ hasText: "Documents can be listed but not opened" });
    await panel.waitFor();
    await expect(panel.textContent()).resolves.toMatch(
      /patient\/Binary\.read.*asked for it and the EHR did not grant it/s,
    );
    await shot(page, "main-binary-panel");
    expect(await allDocumentsLoaded(page)).toBeGreaterThan(0);
    // Nothing opens by itself when opening cannot work: no Binary request, no document in the URL.
    expect(requests.filter((url) => url.includes("/Binary/"))).toEqual([]);
    expect(new URL(page.url()).searchParams.get("doc")).toBeNull();
    await context.close();
  });

  it("epic: a DocumentReference scope the EHR refused is named, and no search is sent", async () => {
    const { page, context, requests } = await openPage(browser);
    await ehrLaunchOn(page, sandbox("epic"), "Ava Lucía Reyes", {
      deny_scope: "patient/DocumentReference.read",
    });
    const panel = page.getByRole("alert").filter({ hasText: "The EHR did not grant access to documents" });
    await panel.waitFor();
    await expect(panel.textContent()).resolves.toMatch(/patient\/DocumentReference\.(read|rs)/);
    await shot(page, "epic-docref-panel");
    expect(requests.filter((url) => url.includes("/DocumentReference?"))).toEqual([]);
    await context.close();
  });

  it("oracle-soarian: a v2 configuration on a v1-only server is explained, and no search is sent", async () => {
    const { page, context, requests } = await openPage(browser);
    await serveConfig(page, (servers) =>
      servers.map((server) =>
        server["fhirBase"] === sandbox("soarian").fhirBase ? { ...server, scopeSyntax: "v2" } : server,
      ),
    );
    await ehrLaunchOn(page, sandbox("soarian"), "Ava Lucía Reyes");
    const panel = page.getByRole("alert").filter({ hasText: "The EHR did not grant access to documents" });
    await panel.waitFor();
    await expect(panel.textContent()).resolves.toContain("patient/DocumentReference.rs");
    await shot(page, "soarian-scope-panel");
    expect(requests.filter((url) => url.includes("/DocumentReference?"))).toEqual([]);
    await context.close();
  });

  it("oracle-millennium: v1 scopes dropped by a v2 registration are named with the fix", async () => {
    const { page, context } = await openPage(browser);
    await serveConfig(page, (servers) =>
      servers.map((server) =>
        server["fhirBase"] === sandbox("millennium").personas.provider
          ? { ...server, scopeSyntax: "v1" }
          : server,
      ),
    );
    await ehrLaunchOn(page, sandbox("millennium"), "Ava Lucía Reyes");
    const panel = page.getByRole("alert").filter({ hasText: "did not grant access to documents" });
    await panel.waitFor();
    await expect(panel.textContent()).resolves.toMatch(
      /registered the app\s+for SMART v2.*"scopeSyntax": "v2"/s,
    );
    await shot(page, "millennium-v1-dropped");
    await context.close();
  });

  it("oracle-millennium: a persona mismatch says which registration goes with which base URL", async () => {
    const { page, context } = await openPage(browser);
    await serveConfig(page, (servers) =>
      servers.map((server) =>
        server["fhirBase"] === sandbox("millennium").personas.patient
          ? { ...server, clientId: "ccda-viewer" }
          : server,
      ),
    );
    await standaloneLaunch(page, "Oracle Health Millennium (patient)", undefined);
    const alert = page.getByRole("alert");
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toMatch(
      /different persona.*patient-access base URL.*unauthorized_client/s,
    );
    await shot(page, "millennium-persona");
    await context.close();
  });

  it("oracle-millennium (PowerChart): the session stays per window across a reload", async () => {
    const { page, context } = await openPage(browser);
    await ehrLaunchOn(page, sandbox("millennium"), "Ava Lucía Reyes");
    await allDocumentsLoaded(page);
    const state = new URL(page.url()).searchParams.get("state") ?? "";
    expect(state, "the provider server is configured for per-window sessions").toMatch(/^pw-/);
    expect(await page.evaluate(() => sessionStorage.getItem("SMART_KEY"))).toBeNull();
    await page.reload();
    await allDocumentsLoaded(page);
    await expect(page.getByRole("region", { name: "Patient" }).textContent()).resolves.toContain("Reyes");
    await context.close();
  });

  it("inside a (simulated) PowerChart host the session is per window even where not configured", async () => {
    const { page, context } = await openPage(browser);
    // What PowerChart's embedded browser exposes to the page (the detection of fhir-client-cerner-additions).
    await context.addInitScript(() => {
      const host = window as unknown as { external: Record<string, unknown> };
      host.external["DiscernObjectFactory"] = () => undefined;
    });
    await ehrLaunchOn(page, sandbox("main"), "Ava Lucía Reyes");
    await allDocumentsLoaded(page);
    expect(new URL(page.url()).searchParams.get("state") ?? "").toMatch(/^pw-/);
    expect(await page.evaluate(() => sessionStorage.getItem("SMART_KEY"))).toBeNull();
    await context.close();
  });

  it("a broken config.json gets a page naming the field, not a blank screen", async () => {
    const { page, context } = await openPage(browser);
    await page.route(`${appOrigin()}/config.json`, (route) =>
      route.fulfill({ contentType: "application/json", body: JSON.stringify({ servers: [{ name: "X" }] }) }),
    );
    await page.goto(`${appOrigin()}/`);
    const alert = page.getByRole("alert");
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain("config.json servers[0].fhirBase is required");
    await shot(page, "config-error");
    await context.close();
  });
});
