/**
 * The chunked parser must build exactly the DOM one DOMParser call builds (serialized and compared), index the
 * same IDs, and hand anything odd to the one-shot parse so errors and warnings read as before. Tiny piece sizes
 * make it split nearly every element.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ChunkedParser, type ChunkedParseResult } from "../../../src/ccda/parse/chunked-parse";
import { parseCdaText } from "../../../src/ccda/parse/document";
import { indexIds, nextInDocumentOrder } from "../../../src/ccda/parse/xml";
import { PATIENTS } from "../../../sandbox/data/patients";
import { largeDoc } from "../../../sandbox/data/scale";

const REPO_ROOT = path.resolve(import.meta.dirname, "../../..");
const DEV = path.join(path.resolve(REPO_ROOT, "../shared"), "ccda", "dev");
const devExists = existsSync(DEV);
if (!devExists) console.warn(`SKIPPING chunked-parse comparisons on real documents: ${DEV} is missing`);

function run(text: string, pieceChars: number): { parser: ChunkedParser; result: ChunkedParseResult } {
  const parser = new ChunkedParser(text, { pieceChars });
  let steps = 0;
  while (!parser.step(0)) {
    steps += 1;
    if (steps > 1e7) throw new Error("the parser never finished");
  }
  const result = parser.outcome;
  if (result === undefined) throw new Error("finished without an outcome");
  return { parser, result };
}

const serialize = (doc: Document): string => new XMLSerializer().serializeToString(doc);

/** Each ID with the position (document order) of its element, so two trees' indexes can be compared. */
function idPositions(root: Element, ids: ReadonlyMap<string, Element>): [string, number][] {
  const order = new Map<Element, number>();
  for (let el: Element | null = root, i = 0; el; el = nextInDocumentOrder(el, root), i += 1) order.set(el, i);
  return [...ids].map(([id, el]) => [id, order.get(el) ?? -1]);
}

/** Chunked and one-shot agree: same DOM, same ID index, same warnings (or the same error). */
function expectSameAsOneShot(text: string, pieceChars: number, expectFallback = false): void {
  const { parser, result } = run(text, pieceChars);
  const once = parseCdaText(text, undefined, { compact: false });
  expect(parser.fellBack).toBe(expectFallback);
  if (!once.ok) {
    expect(result).toEqual(once);
    return;
  }
  if (!result.ok) throw new Error(`chunked parse failed: ${result.error.message}`);
  expect(serialize(result.doc)).toBe(serialize(once.doc));
  expect(result.warnings.toArray()).toEqual(once.warnings.toArray());
  if (result.ids !== undefined)
    expect(idPositions(result.root, result.ids)).toEqual(idPositions(once.root, indexIds(once.root)));
}

function xmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return xmlFiles(full);
    return /\.xml$/i.test(name) ? [full] : [];
  });
}

const DOC = (body: string, rootAttrs = "") =>
  `<?xml version="1.0"?>\n<!-- before -->\n<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"${rootAttrs}>\n  <title>T</title>\n  <component><structuredBody>${body}</structuredBody></component>\n</ClinicalDocument>\n`;

const SECTION = (n: number) =>
  `<component><section ID="s${n}"><title>S${n}</title><text><paragraph ID="p${n}">Text ${n} &amp; more</paragraph><![CDATA[ <not a="tag"> ]]><!-- note <b> --><?pi x?></text><entry><observation><value xsi:type="PQ" value="${n}" unit="a>b"/></observation></entry></section></component>`;

describe("ChunkedParser builds the same DOM as one DOMParser call", () => {
  const body = Array.from({ length: 6 }, (_, i) => SECTION(i + 1)).join("\n");

  it.each([1, 16, 64, 300, 100_000])("hand-made document, pieces of %i characters", (pieceChars) => {
    expectSameAsOneShot(DOC(body), pieceChars);
  });

  it("keeps comments and PIs after the root, a BOM, CRLF line ends and a prefixed root", () => {
    const prefixed = DOC(body)
      .replace(/<ClinicalDocument xmlns="urn:hl7-org:v3"/, '<cda:ClinicalDocument xmlns:cda="urn:hl7-org:v3"')
      .replace("</ClinicalDocument>", "</cda:ClinicalDocument>");
    expectSameAsOneShot(`\ufeff${DOC(body)}<!-- after --><?after pi?>\n`, 32);
    expectSameAsOneShot(DOC(body).replace(/\n/g, "\r\n"), 32);
    expectSameAsOneShot(prefixed, 32);
  });

  it("redeclares namespaces in scope, default and prefixed, including ones declared below the root", () => {
    const nested = `<component><section xmlns:sdtc="urn:hl7-org:sdtc"><title>N</title><text><sdtc:x>a</sdtc:x><foo xmlns="urn:other"><bar/></foo></text></section></component>`;
    expectSameAsOneShot(DOC(`${nested}${body}`), 8);
  });

  it("a generated 1 MB CCD (the bench's large document, smaller)", () => {
    const patient = PATIENTS[0];
    if (patient === undefined) throw new Error("no sandbox patient");
    const bytes = largeDoc(patient, 1_000_000).binary?.bytes;
    if (bytes === undefined) throw new Error("no Binary");
    const text = new TextDecoder().decode(bytes);
    expectSameAsOneShot(text, 2048);
    // Progress grows to 1 and steps are bounded: with a zero budget each step parses about one piece.
    const parser = new ChunkedParser(text, { pieceChars: 64 * 1024 });
    const seen: number[] = [];
    while (!parser.step(0)) seen.push(parser.progress);
    expect(seen.length).toBeGreaterThan(text.length / (128 * 1024));
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(parser.progress).toBe(1);
  });
});

describe("ChunkedParser falls back to the one-shot parse on anything unexpected", () => {
  const body = SECTION(1) + SECTION(2);
  it.each([
    ["a mismatched end tag deep inside", DOC(body).replace("</paragraph>", "</paragraf>")],
    ["a mismatched end tag of a split element", DOC(body).replace("</structuredBody>", "</structuredBod>")],
    ["a DOCTYPE", DOC(body).replace("<!-- before -->", "<!DOCTYPE x>")],
    ["an unclosed root", DOC(body).replace("</ClinicalDocument>", "")],
    ["text after the root", `${DOC(body)}junk`],
    ["a second root", `${DOC(body)}<x/>`],
    ["an undefined entity", DOC(body).replace("&amp;", "&nbsp;")],
    ["a < inside an attribute value", DOC(body).replace('unit="a>b"', 'unit="a<b"')],
    ["an empty text", "  "],
    ["a root that is not CDA", DOC(body).replace(/ClinicalDocument/g, "Other")],
  ])("%s", (_name, text) => {
    expectSameAsOneShot(text, 16, true);
  });

  it("an undeclared xsi prefix: the one-shot parse declares it and warns, as before", () => {
    const text = DOC(body).replace(' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"', "");
    expectSameAsOneShot(text, 16, true);
    const once = parseCdaText(text);
    expect(once.ok && once.warnings.toArray().map((w) => w.kind)).toContain("no-namespace");
  });
});

describe.skipIf(!devExists)("ChunkedParser on every dev document of the shared corpus", () => {
  const files = devExists ? xmlFiles(DEV) : [];
  it.each(files.map((f) => [path.relative(DEV, f), f]))("%s", (_name, file) => {
    const text = readFileSync(file, "utf8");
    const once = parseCdaText(text, undefined, { compact: false });
    // Small documents are split into many pieces; the big ones into fewer, to keep the run short.
    const pieceChars = text.length > 300_000 ? 8192 : 512;
    const { parser, result } = run(text, pieceChars);
    if (!once.ok) {
      expect(result).toEqual(once);
      return;
    }
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(serialize(result.doc)).toBe(serialize(once.doc));
    expect(result.warnings.toArray()).toEqual(once.warnings.toArray());
    if (!parser.fellBack && result.ids !== undefined)
      expect(idPositions(result.root, result.ids)).toEqual(idPositions(once.root, indexIds(once.root)));
  });
});
