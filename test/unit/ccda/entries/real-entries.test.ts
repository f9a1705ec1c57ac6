/**
 * Runs the entries-table generator over every section with entries in the dev documents (as if their text were
 * empty): nothing throws, no "undefined" leaks, and the Kinsights sample's empty sections get real tables.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { children } from "../../../../src/ccda/parse/xml";
import { renderEntriesTable } from "../../../../src/ccda/render/entries-table";
import { toHtml } from "../../../../src/ccda/render/html";
import { makeCtx, mount } from "../header/test-context";

const dev = path.join(path.resolve(__dirname, "../../../..", "../shared"), "ccda/dev");
const exists = existsSync(dev);
if (!exists) console.warn(`SKIPPING real-entries tests: ${dev} is missing`);

function load(rel: string): Element | undefined {
  const text = readFileSync(path.join(dev, rel), "utf8").replace(/^\uFEFF/, "");
  const doc = new DOMParser().parseFromString(text, "application/xml");
  return doc.getElementsByTagName("parsererror").length > 0 ? undefined : doc.documentElement;
}

function sections(root: Element): Element[] {
  const out: Element[] = [];
  const walk = (el: Element): void => {
    if (el.localName === "section") out.push(el);
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) walk(c);
  };
  walk(root);
  return out;
}

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? allFiles(full) : [path.relative(dev, full)];
  });
}

describe.skipIf(!exists)("entries tables from real documents", () => {
  it("builds a table for every section with entries without throwing", { timeout: 180_000 }, () => {
    let tables = 0;
    for (const f of allFiles(dev).filter((x) => statSync(path.join(dev, x)).size < 1_000_000)) {
      const root = load(f);
      if (!root) continue;
      const ctx = makeCtx(root);
      for (const s of sections(root).filter((x) => children(x, "entry").length > 0)) {
        const node = renderEntriesTable(s, ctx);
        if (!node) continue;
        tables += 1;
        expect(toHtml([node]), f).not.toMatch(/undefined|\[object/);
      }
    }
    expect(tables).toBeGreaterThan(100);
  });

  it("fills the Kinsights sample's sections that have no text", () => {
    const root = load("chb-sample_ccdas/Kinsights Samples/kinsights-sample-timmy.xml");
    expect(root).toBeDefined();
    if (!root) return;
    const ctx = makeCtx(root);
    const empty = sections(root).filter((s) => {
      const text = children(s, "text")[0];
      return (!text || text.textContent.trim() === "") && children(s, "entry").length > 0;
    });
    expect(empty.length).toBeGreaterThan(0);
    for (const s of empty) {
      const div = mount(renderEntriesTable(s, ctx));
      expect(div.querySelectorAll("tbody tr").length).toBeGreaterThan(0);
      expect(div.querySelector("tbody td")?.textContent).not.toBe("");
    }
  });
});
