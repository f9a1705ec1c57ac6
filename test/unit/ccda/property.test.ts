/**
 * Generated documents: seeded random trees of narrative elements (known, unknown and foreign) filled with hostile
 * strings. Every one must render, keep the output invariants, sanitize idempotently and lose no text.
 */
import { describe, expect, it } from "vitest";
import { renderDocument } from "../../../src/ccda/render-document";
import { parseCdaText } from "../../../src/ccda/parse/document";
import { sanitizeDocumentHtml } from "../../../src/sanitize/sanitize-html";
import { invariantViolations } from "../sanitize/invariants";
import { cdaDocument, section, structuredBody } from "./render-helpers";
import { textCoverage } from "./text-coverage";

/** mulberry32: a tiny deterministic PRNG, so failures reproduce from the seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOSTILE = [
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  " JaVaScRiPt:alert(1)",
  "data:text/html;base64,PHNjcmlwdD4=",
  "<script>alert(1)</script>",
  "&lt;b&gt;",
  "#n1",
  "#missing",
  "https://example.org/x",
  "Bold sr-only",
  "__proto__",
  "xAlert xRowGroup",
  "\u202Ertl",
  "plain words",
];

const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

function generator(random: () => number) {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const str = (): string => esc(pick(HOSTILE));
  let ids = 0;
  const node = (depth: number): string => {
    if (depth > 3 || random() < 0.25) return str();
    const kids = (): string =>
      Array.from({ length: 1 + Math.floor(random() * 3) }, () => node(depth + 1)).join("");
    switch (Math.floor(random() * 14)) {
      case 0:
        return `<paragraph ID="n${ids++}">${kids()}</paragraph>`;
      case 1:
        return `<content styleCode="${str()}" ID="${str()}" revised="${pick(["insert", "delete", "x"])}">${kids()}</content>`;
      case 2:
        return `<linkHtml href="${str()}">${kids()}</linkHtml>`;
      case 3:
        return `<list listType="${pick(["ordered", "unordered"])}"><caption>${str()}</caption><item>${kids()}</item><item>${kids()}</item></list>`;
      case 4:
        return `<table><tbody><tr><td colspan="${str()}">${kids()}</td><th>${kids()}</th></tr>${str()}</tbody></table>`;
      case 5:
        return `<footnote ID="f${ids++}">${kids()}</footnote>`;
      case 6:
        return `<footnoteRef IDREF="${pick(["f1", "f2", "n1", str()])}"/>`;
      case 7:
        return `<sub>${kids()}</sub><sup>${kids()}</sup><br/>`;
      case 8:
        return `<renderMultiMedia referencedObject="${str()}"><caption>${str()}</caption></renderMultiMedia>`;
      case 9:
        return `<unknownThing onclick="${str()}">${kids()}</unknownThing>`;
      case 10:
        return `<h:script xmlns:h="http://www.w3.org/1999/xhtml">${str()}</h:script>`;
      case 11:
        return `<![CDATA[${pick(HOSTILE).replace(/]]>/g, "")}]]>`;
      case 12:
        return `<pre>${str()}</pre>`;
      default:
        return `<a href="${str()}">${kids()}</a>`;
    }
  };
  return node;
}

const BATCHES = Array.from({ length: 10 }, (_, i) => i);

describe("generated hostile documents", () => {
  it.each(BATCHES)("render safely without losing text (batch %i of 10 seeded documents)", (batch) => {
    for (let seed = batch * 10 + 1; seed <= batch * 10 + 10; seed += 1) {
      const node = generator(prng(seed));
      const text = Array.from({ length: 4 }, () => node(0)).join("");
      const xml = cdaDocument(structuredBody(section("A", text), section("B", node(0))));
      const outcome = renderDocument(xml, { idPrefix: "g1" });
      expect(outcome.ok, `seed ${seed}`).toBe(true);
      if (!outcome.ok) continue;
      const safe = sanitizeDocumentHtml(outcome.html);
      expect(invariantViolations(safe, "document"), `seed ${seed}`).toEqual([]);
      expect(sanitizeDocumentHtml(safe), `seed ${seed}`).toBe(safe);
      const div = document.createElement("div");
      div.innerHTML = safe;
      const parsed = parseCdaText(xml);
      if (!parsed.ok) throw new Error(`seed ${seed} did not parse`);
      const coverage = textCoverage(parsed.root, div.querySelector(".ccda-body")?.textContent ?? "");
      expect(coverage.missing, `seed ${seed}: ${xml}`).toEqual([]);
    }
  });
});
