/**
 * Renders the headers of real documents from ../shared/ccda/dev: nothing throws, and fields known to be in those
 * files show up in the output.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderHeader } from "../../../../src/ccda/render/header";
import { toHtml } from "../../../../src/ccda/render/html";
import { attr, child } from "../../../../src/ccda/parse/xml";
import { ddTexts, makeCtx, mount } from "./test-context";

const shared = path.resolve(__dirname, "../../../..", "../shared");
const dev = path.join(shared, "ccda/dev");
const exists = existsSync(dev);
if (!exists) console.warn(`SKIPPING real-header tests: ${dev} is missing`);

function load(rel: string): Element | undefined {
  const text = readFileSync(path.join(dev, rel), "utf8").replace(/^\uFEFF/, "");
  const doc = new DOMParser().parseFromString(text, "application/xml");
  if (doc.getElementsByTagName("parsererror").length > 0) return undefined;
  return doc.documentElement;
}

function render(root: Element) {
  const ctx = makeCtx(root, attr(child(root, "effectiveTime"), "value"));
  const out = renderHeader(root, ctx);
  const div = mount(out.details);
  const summary = mount(out.summary);
  return { out, div, summary, ctx };
}

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? allFiles(full) : [path.relative(dev, full)];
  });
}

describe.skipIf(!exists)("headers of real documents", () => {
  it(
    "renders every dev document's header without throwing or printing undefined/null",
    { timeout: 180_000 },
    () => {
      const files = allFiles(dev).filter((f) => statSync(path.join(dev, f)).size < 3_000_000);
      expect(files.length).toBeGreaterThan(40);
      let rendered = 0;
      for (const f of files) {
        const root = load(f);
        if (!root) continue;
        const { out } = render(root);
        const html = toHtml([out.summary, out.details]);
        expect(html, f).not.toMatch(/undefined|\[object/);
        // "null" may only appear when the document itself says it (one Kareo export has <given>null</given>).
        if (!/>null<|"null"/.test(readFileSync(path.join(dev, f), "utf8")))
          expect(html, f).not.toMatch(/\bnull\b/);
        expect(out.title, f).not.toBe("");
        rendered += 1;
      }
      expect(rendered).toBeGreaterThan(40);
    },
  );

  it("shows guardian, sdtc race, languages and the encounter of the HL7 Referral Note", () => {
    const root = load("HL7-C-CDA-Examples/Documents/Referral Note/Referral_Note.xml");
    expect(root).toBeDefined();
    if (!root) return;
    const { div } = render(root);
    expect(div.textContent).toContain("Guardian:");
    expect(ddTexts(div, "Race").length).toBeGreaterThan(1);
    expect(ddTexts(div, "Language").join(" ")).toMatch(/\w/);
  });

  it("shows the authoring device of the Cerner sample", () => {
    const root = load("chb-sample_ccdas/Cerner Samples/Transition_of_Care_Referral_Summary.xml");
    expect(root).toBeDefined();
    if (!root) return;
    const { div } = render(root);
    const software = root.getElementsByTagNameNS("urn:hl7-org:v3", "softwareName")[0]?.textContent.trim();
    expect(software).toBeTruthy();
    const authorGroup = Array.from(div.querySelectorAll("h2")).find(
      (h) => h.textContent === "Author",
    )?.parentElement;
    expect(authorGroup?.querySelector(".ccda-header-entity-name")?.textContent).toContain(software);
    expect(div.querySelector(".ccda-header-group")).not.toBeNull();
  });
});
