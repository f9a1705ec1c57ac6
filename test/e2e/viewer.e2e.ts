/**
 * The C-CDA document view in Chromium: table of contents, collapsing, per-type section preferences (across a
 * reload), search into collapsed sections, duplicate-row folding, print media, a keyboard-only walk, and axe on
 * the view and its dialogs for the sandbox's documents and a sample of ../shared/ccda/dev.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, describeViolations } from "./axe";
import { chromiumMissingReason, launchChromium, openPage, type TrackedPage } from "./browser";
import { allDocumentsLoaded, appOrigin, ehrLaunch, openDocument } from "./flows";

const missing = chromiumMissingReason();
if (missing) console.warn(`\n!!! END-TO-END TESTS SKIPPED: ${missing}\n`);

const SHOTS = "/tmp";
const devCorpus = path.resolve(import.meta.dirname, "../../../shared/ccda/dev");
const devMissing = existsSync(devCorpus) ? undefined : `${devCorpus} is absent`;
if (devMissing) console.warn(`\n!!! AXE ON REAL DOCUMENTS SKIPPED: ${devMissing}\n`);

/** Every 8th C-CDA of the dev corpus (sorted): a fixed, varied sample. */
function devSample(): string[] {
  const files = readdirSync(devCorpus, { recursive: true, encoding: "utf8" })
    .map((relative) => path.join(devCorpus, relative))
    .filter((file) => file.endsWith(".xml") && statSync(file).isFile())
    .filter((file) => readFileSync(file, "utf8").includes("ClinicalDocument"))
    .sort();
  return files.filter((_, index) => index % 8 === 0);
}

const row = (cells: readonly string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join("")}</tr>`;
const sec = (title: string, code: string, text: string) =>
  `<component><section><code code="${code}"/><title>${title}</title><text>${text}</text></section></component>`;
const LOCAL_DOC = Buffer.from(
  `<?xml version="1.0"?><ClinicalDocument xmlns="urn:hl7-org:v3"><code code="34133-9" codeSystem="2.16.840.1.113883.6.1"/><title>Viewer test CCD</title><effectiveTime value="20240301"/><component><structuredBody>${[
    sec("Allergies", "48765-2", "Penicillin: hives"),
    sec("Medications", "10160-0", "Metformin 500 mg"),
    sec(
      "Results",
      "30954-2",
      `<table><thead><tr><th>Test</th><th>Date</th></tr></thead><tbody>${[
        ["A1c 7.1", "2021-01-05"],
        ["LDL 99", "2023-04-01"],
        ["A1c 7.1", "2021-01-05"],
        ["A1c 7.1", "2021-01-05"],
        ["A1c 7.1", "2021-01-05"],
      ]
        .map(row)
        .join("")}</tbody></table>`,
    ),
    sec("Plan", "18776-5", "Recheck the zebrafinch rash in three months"),
  ].join("")}</structuredBody></component></ClinicalDocument>`,
);

async function openLocal(page: Page, name: string, bytes: Buffer) {
  await page.goto(`${appOrigin()}/local`, { waitUntil: "networkidle" });
  await page
    .locator('input[type="file"]')
    .first()
    .setInputFiles({ name, mimeType: "application/xml", buffer: bytes });
  const view = page.locator(".ccda-view").first();
  await view.waitFor({ timeout: 30_000 });
  await expect.poll(() => page.locator(".doc-section__pending").count(), { timeout: 30_000 }).toBe(0);
  return view;
}

const toggle = (page: Page, name: string) =>
  page
    .locator(".doc-section__toggle")
    .filter({ has: page.locator(".doc-section__title", { hasText: name }) });

async function expectNoViolations(page: Page, selector: string, label: string) {
  const violations = await axeViolations(page, selector);
  expect(violations, `${label}\n${describeViolations(violations)}`).toEqual([]);
}

describe.skipIf(missing)("The document view in Chromium", () => {
  let browser: Browser;
  let tracked: TrackedPage;
  beforeAll(async () => {
    browser = await launchChromium();
    tracked = await openPage(browser);
  });
  afterAll(async () => {
    await browser.close();
  });

  it("jumps from the table of contents, collapses and expands all, and passes axe (EHR launch, 1024×768)", async () => {
    const { page } = tracked;
    await page.setViewportSize({ width: 1024, height: 768 });
    await ehrLaunch(page, "Ava Lucía Reyes");
    await allDocumentsLoaded(page);
    const article = await openDocument(page, /Continuity of Care Document/);
    const view = article.locator(".ccda-view");
    await expect.poll(() => view.locator(".doc-section__pending").count(), { timeout: 30_000 }).toBe(0);
    await page.screenshot({ path: `${SHOTS}/viewer-ehr-1024.png` });

    const tocLinks = view.getByRole("navigation", { name: "Sections" }).locator(".ccda-toc__item > a");
    const count = await view.locator(".doc-section").count();
    expect(count).toBeGreaterThan(3);
    const last = tocLinks.nth(count - 1);
    const lastTitle = (await last.locator(".ccda-toc__title").textContent()) ?? "";
    await view.getByRole("button", { name: "Collapse all" }).click();
    expect(await view.locator('.doc-section__toggle[aria-expanded="true"]').count()).toBe(0);
    expect(await view.locator('.doc-section__content[hidden="until-found"]').count()).toBe(count);
    await last.click();
    const target = toggle(page, lastTitle).first();
    await expect.poll(() => target.getAttribute("aria-expanded")).toBe("true");
    await expect.poll(() => target.evaluate((el) => el === document.activeElement)).toBe(true);
    const box = await target.boundingBox();
    expect(box !== null && box.y >= 0 && box.y < 768, "the jumped-to heading is on screen").toBe(true);
    await view.getByRole("button", { name: "Expand all" }).click();
    expect(await view.locator('.doc-section__toggle[aria-expanded="false"]').count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/viewer-ehr-jump.png` });
    await expectNoViolations(page, ".ccda-view", "the viewer (sandbox CCD)");

    await view.getByRole("button", { name: "View source" }).click();
    const source = page.getByRole("dialog", { name: /^Source:/ });
    await source.waitFor();
    expect(await source.locator("code .xml-tag").count()).toBeGreaterThan(10);
    await expectNoViolations(page, "dialog", "the source dialog");
    await page.keyboard.press("Escape");
    await source.waitFor({ state: "detached" });
  });

  it("searches into collapsed sections, with counts, highlights and Enter to step", async () => {
    const { page } = tracked;
    const view = await openLocal(page, "viewer-test.xml", LOCAL_DOC);
    await view.getByRole("button", { name: "Collapse all" }).click();
    const input = view.getByRole("searchbox", { name: "Search in document" });
    await input.fill("zebrafinch");
    await expect.poll(() => view.locator(".find-bar__count").textContent()).toBe("1 of 1");
    await expect.poll(() => toggle(page, "Plan").getAttribute("aria-expanded")).toBe("true");
    expect(await page.getByText("Recheck the zebrafinch rash").isVisible()).toBe(true);
    const painted = await page.evaluate(() => CSS.highlights.get("ccda-search")?.size ?? 0);
    expect(painted).toBe(1);
    await input.fill("a1c");
    await expect.poll(() => view.locator(".find-bar__count").textContent()).toBe("1 of 1");
    await input.press("Escape");
    expect(await input.inputValue()).toBe("");
    await page.screenshot({ path: `${SHOTS}/viewer-search.png` });
  });

  it("folds duplicate rows and sorts newest first", async () => {
    const { page } = tracked;
    const view = await openLocal(page, "viewer-test.xml", LOCAL_DOC);
    const dups = view.locator("tr.ccda-row-dup");
    expect(await dups.count()).toBe(3);
    expect(await dups.first().isVisible()).toBe(false);
    await view.getByRole("button", { name: "3 duplicate rows hidden: show" }).click();
    expect(await dups.first().isVisible()).toBe(true);
    await view.getByRole("button", { name: "Newest first" }).click();
    const firstDate = await view
      .locator(".doc-section table tbody tr")
      .first()
      .locator("td")
      .nth(1)
      .textContent();
    expect(firstDate).toBe("2023-04-01");
    await page.screenshot({ path: `${SHOTS}/viewer-table.png` });
  });

  it("keeps section preferences across a reload, says so, and resets in one click", async () => {
    const { page } = tracked;
    let view = await openLocal(page, "viewer-test.xml", LOCAL_DOC);
    await view.getByRole("button", { name: "Section preferences" }).click();
    const dialog = page.getByRole("dialog", { name: "Section preferences" });
    await dialog.waitFor();
    await expectNoViolations(page, "dialog", "the preferences dialog");
    await dialog.getByRole("checkbox", { name: "Medications" }).uncheck();
    await dialog.getByRole("button", { name: /move Plan up/ }).click();
    await dialog.getByRole("button", { name: "Save" }).click();
    await dialog.waitFor({ state: "detached" });

    await page.reload();
    view = await openLocal(page, "viewer-test.xml", LOCAL_DOC);
    const titles = () => view.locator(".doc-section .doc-section__title").allTextContents();
    expect(await titles()).toEqual(["Allergies", "Plan", "Results"]);
    const notice = view.getByRole("status").filter({ hasText: "section preferences" });
    await expect.poll(() => notice.textContent()).toMatch(/1 section is hidden.*in your order/);
    await page.screenshot({ path: `${SHOTS}/viewer-prefs.png` });
    await notice.getByRole("button", { name: "Reset to the document as sent" }).click();
    expect(await titles()).toEqual(["Allergies", "Medications", "Results", "Plan"]);
  });

  it("prints every section, collapsed ones too, without the app's controls", async () => {
    const { page } = tracked;
    const view = await openLocal(page, "viewer-test.xml", LOCAL_DOC);
    await view.getByRole("button", { name: "Collapse all" }).click();
    expect(await page.getByText("Metformin 500 mg").isVisible()).toBe(false);
    await page.emulateMedia({ media: "print" });
    try {
      // Without beforeprint (emulation does not fire it) the print stylesheet alone shows the content.
      expect(await page.getByText("Metformin 500 mg").isVisible()).toBe(true);
      expect(await view.locator(".view-toolbar").isVisible()).toBe(false);
      await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
      expect(await view.locator('.doc-section__toggle[aria-expanded="false"]').count()).toBe(0);
      expect(await view.locator("tr.ccda-row-dup").first().isVisible()).toBe(true);
      expect(
        await view
          .locator("thead")
          .first()
          .evaluate((el) => getComputedStyle(el).display),
      ).toBe("table-header-group");
      await page.screenshot({ path: `${SHOTS}/viewer-print.png`, fullPage: true });
      await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
      await expect.poll(() => view.locator('.doc-section__toggle[aria-expanded="true"]').count()).toBe(0);
    } finally {
      await page.emulateMedia({ media: "screen" });
    }
  });

  it("can be walked with the keyboard alone", async () => {
    const { page } = tracked;
    const view = await openLocal(page, "viewer-test.xml", LOCAL_DOC);
    await view.getByRole("searchbox", { name: "Search in document" }).focus();
    const reached: string[] = [];
    for (let i = 0; i < 40; i += 1) {
      await page.keyboard.press("Tab");
      const label = await page.evaluate(() => {
        const el = document.activeElement;
        return el === null ? "" : `${el.tagName}:${el.textContent.trim().slice(0, 30)}`;
      });
      reached.push(label);
      if (label.startsWith("A:Plan")) break;
    }
    expect(reached).toContain("BUTTON:Collapse all");
    expect(reached.at(-1)).toMatch(/^A:Plan/);
    const focusVisible = await page.evaluate(() => document.activeElement?.matches(":focus-visible"));
    expect(focusVisible).toBe(true);
    await page.keyboard.press("Enter");
    const plan = toggle(page, "Plan");
    await expect.poll(() => plan.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press("Enter");
    expect(await plan.getAttribute("aria-expanded")).toBe("false");
    await page.keyboard.press("Space");
    expect(await plan.getAttribute("aria-expanded")).toBe("true");
  });

  it("looks right on a phone", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
    const page = await context.newPage();
    const view = await openLocal(page, "viewer-test.xml", LOCAL_DOC);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, "no sideways scrolling of the page").toBeLessThanOrEqual(1);
    await view.locator(".doc-section").first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/viewer-phone.png` });
    await context.close();
  });

  it("adapts to its pane's width as it changes, and the next document starts at that width", async () => {
    const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
    const page = await context.newPage();
    const box = async (locator: ReturnType<Page["locator"]>) => {
      const b = await locator.boundingBox();
      if (b === null) throw new Error("not laid out");
      return b;
    };
    // A nested section's indent and the toolbar's position, as the pane's rules give them.
    const nestedIndent = () =>
      page.evaluate(() => {
        const outer = document.createElement("section");
        outer.className = "ccda-section";
        const inner = document.createElement("section");
        inner.className = "ccda-section";
        outer.append(inner);
        document.querySelector(".ccda-body")?.append(outer);
        const left = getComputedStyle(inner).marginLeft;
        outer.remove();
        return left;
      });
    // A cell the document indents itself (styleCode xIndent): its own indent outweighs the tiny pane's tighter cells.
    const indentedCellPadding = () =>
      page.evaluate(() => {
        const table = document.createElement("table");
        const cell = table.insertRow().insertCell();
        cell.className = "ccda-x-indent";
        document.querySelector(".ccda-body")?.append(table);
        const left = getComputedStyle(cell).paddingLeft;
        table.remove();
        return left;
      });
    const toolbarPosition = () =>
      page
        .locator(".view-toolbar")
        .first()
        .evaluate((el) => getComputedStyle(el).position);

    // An EHR launch in a 1600 px window: the document pane is over 58rem, the contents stand beside it.
    await ehrLaunch(page, "Ava Lucía Reyes");
    await allDocumentsLoaded(page);
    const view = (await openDocument(page, /Continuity of Care Document/)).locator(".ccda-view");
    const root = view.locator(".ccda-view__document");
    await expect.poll(() => root.getAttribute("data-pane")).toBe("wide");
    let toc = await box(view.locator(".ccda-toc"));
    let doc = await box(view.locator(".ccda-document"));
    expect(toc.x + toc.width, "contents beside the document").toBeLessThanOrEqual(doc.x);
    expect(await toolbarPosition()).toBe("sticky");
    const wideIndent = await nestedIndent();
    expect(wideIndent).not.toBe("0px");

    // A phone's width: one column, contents above, the toolbar scrolls away, nested sections barely indented.
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => root.getAttribute("data-pane")).toBe("tiny");
    toc = await box(view.locator(".ccda-toc"));
    doc = await box(view.locator(".ccda-document"));
    expect(toc.y + toc.height, "contents above the document").toBeLessThanOrEqual(doc.y);
    expect(await toolbarPosition()).toBe("static");
    expect(await nestedIndent()).toBe("0px");
    expect(await indentedCellPadding()).toBe("24px");

    // Back to 1600 px, then a phone again: the class follows the width both ways.
    await page.setViewportSize({ width: 1600, height: 900 });
    await expect.poll(() => root.getAttribute("data-pane")).toBe("wide");
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => root.getAttribute("data-pane")).toBe("tiny");

    // The next document, opened on the phone, carries "tiny" from its first insertion (no wide first frame).
    const local = await openLocal(page, "first.xml", LOCAL_DOC);
    await expect.poll(() => local.locator(".ccda-view__document").getAttribute("data-pane")).toBe("tiny");
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { panesSeen: string[] }).panesSeen = seen;
      new MutationObserver((records) => {
        for (const record of records)
          for (const node of record.addedNodes)
            if (node instanceof HTMLElement)
              for (const el of [node, ...node.querySelectorAll(".ccda-view__document")])
                if (el.classList.contains("ccda-view__document"))
                  seen.push(el.getAttribute("data-pane") ?? "none");
      }).observe(document.body, { childList: true, subtree: true });
    });
    await page
      .locator('input[type="file"]')
      .first()
      .setInputFiles({ name: "second.xml", mimeType: "application/xml", buffer: LOCAL_DOC });
    await page.getByRole("article", { name: "second.xml" }).locator(".ccda-document").waitFor();
    expect(await page.evaluate(() => (window as unknown as { panesSeen: string[] }).panesSeen)).toEqual([
      "tiny",
    ]);
    await context.close();
  });

  it.skipIf(devMissing)(
    "passes axe on a sample of real documents",
    async () => {
      const { page } = tracked;
      const failures: string[] = [];
      for (const file of devSample()) {
        await openLocal(page, path.basename(file), readFileSync(file));
        const violations = await axeViolations(page, ".ccda-view");
        if (violations.length > 0)
          failures.push(`${path.relative(devCorpus, file)}:\n${describeViolations(violations)}`);
      }
      expect(failures, failures.join("\n\n")).toEqual([]);
    },
    180_000,
  );
});
