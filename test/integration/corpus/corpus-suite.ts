/**
 * The per-document corpus checks, shared by the shard files (so vitest can run shards in parallel), on the
 * rendering the viewer makes (indentation dropped, entries it does not read left out of the parse):
 * renders without an exception; malformed documents give their parse error (or, for undeclared xsi:/sdtc:
 * prefixes, a recovered view with a warning); no section text is lost; every table cell, list item and footnote
 * is present; the sanitized output keeps its invariants; and it equals the rendering of the text parsed whole,
 * as it came.
 */
import { afterAll, describe, expect, it } from "vitest";
import { renderDocument, renderParsedDocument } from "../../../src/ccda/render-document";
import { parseCdaText } from "../../../src/ccda/parse/document";
import { sanitizeDocumentHtml } from "../../../src/sanitize/sanitize-html";
import { fragmentOf, invariantViolations } from "../../unit/sanitize/invariants";
import { countInTexts, textCoverage } from "../../unit/ccda/text-coverage";
import { CORPUS, corpusDocuments, corpusExists, readManifest, type ManifestRow } from "./corpus-files";
import { emptyReport, recordOutcome, writeReport, type CorpusReport } from "./corpus-report";

type Doc = { localPath: string; text: string };

function checkMalformed(
  row: ManifestRow,
  outcome: ReturnType<typeof renderDocument>,
  report: CorpusReport,
): boolean {
  if (row.parseError.includes("unbound prefix")) {
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.warnings.some((w) => w.message.includes("without declaring"))).toBe(true);
    report.recovered.push(row.localPath);
    return true;
  }
  expect(outcome.ok).toBe(false);
  const line = /line (\d+)/.exec(row.parseError)?.[1];
  if (!outcome.ok && line) expect(outcome.error.line).toBe(Number(line));
  return false;
}

function checkDocument(doc: Doc, row: ManifestRow | undefined, report: CorpusReport): void {
  const started = performance.now();
  const outcome = renderDocument(doc.text, { idPrefix: "c1", deferEntries: true });
  recordOutcome(report, outcome, doc.localPath, performance.now() - started);
  if (row && !row.wellFormed && !checkMalformed(row, outcome, report)) return;
  expect(outcome.ok, outcome.ok ? "" : outcome.error.message).toBe(true);
  // The text as it came, parsed whole: what the output is checked against.
  const parsed = parseCdaText(doc.text, undefined, { compact: false });
  expect(parsed.ok).toBe(true);
  if (!outcome.ok || !parsed.ok) return;

  const safe = sanitizeDocumentHtml(outcome.html);
  const fragment = fragmentOf(safe);
  expect(invariantViolations(safe, "document", fragment)).toEqual([]);
  const body = fragment.querySelector(".ccda-body");
  expect(body).not.toBeNull();

  const coverage = textCoverage(parsed.root, body?.textContent ?? "");
  report.textChars += coverage.chars;
  report.textCharsFound += coverage.found;
  expect(coverage.missing, "section text missing from the output").toEqual([]);

  const narratives = Array.from(fragment.querySelectorAll(".ccda-narrative"));
  const count = (sel: string): number => narratives.reduce((n, el) => n + el.querySelectorAll(sel).length, 0);
  expect(count("td, th")).toBeGreaterThanOrEqual(countInTexts(parsed.root, ["td", "th"]));
  expect(count("li:not(.ccda-footnote)")).toBeGreaterThanOrEqual(countInTexts(parsed.root, ["item"]));
  expect(count("li.ccda-footnote")).toBe(countInTexts(parsed.root, ["footnote"]));
  report.sections += fragment.querySelectorAll("section.ccda-section").length;
  expectSameAsWhole(parsed, outcome);
  // Every well-formed document passes the check of the entries left out (a failure would re-render it whole).
  const check = outcome.entriesCheck;
  if (check !== undefined) {
    report.deferredEntries += 1;
    let result = check();
    while (result === "more") result = check();
    expect(result).toBe("sound");
  }
}

/** Where a long narrative is cut into chunks (section-chunks.ts): its sizes count indentation, so cuts move. */
const CHUNK_CUT = /<\/div><div class="ccda-narrative">/g;

/**
 * The viewer's parse drops indentation (compactWhitespace) and leaves out entries it does not read
 * (deferEntries): the document must render exactly as it does from the text as it came, parsed whole, header,
 * sections, warnings and attachments alike, but for where long narratives are cut into chunks.
 */
function expectSameAsWhole(
  plain: Extract<ReturnType<typeof parseCdaText>, { ok: true }>,
  outcome: Extract<ReturnType<typeof renderDocument>, { ok: true }>,
): void {
  const reference = renderParsedDocument(plain.root, plain.warnings, { idPrefix: "c1" });
  expect(reference.ok).toBe(true);
  if (!reference.ok) return;
  expect(outcome.html.replace(CHUNK_CUT, "")).toBe(reference.html.replace(CHUNK_CUT, ""));
  expect(outcome.warnings).toEqual(reference.warnings);
  expect(outcome.attachments).toEqual(reference.attachments);
  expect(outcome.title).toBe(reference.title);
}

/** Declares the corpus tests for the documents `select` picks; `shard` names the report part. */
export function corpusSuite(shard: string, select: (docs: Doc[]) => Doc[]): void {
  if (!corpusExists)
    console.warn(`SKIPPING corpus tests (${shard}): ${CORPUS} (shared C-CDA corpus) is missing.`);
  describe.skipIf(!corpusExists)(`C-CDA corpus (${shard})`, () => {
    const manifest = corpusExists ? readManifest() : new Map<string, ManifestRow>();
    const docs = corpusExists ? select(corpusDocuments()) : [];
    const report = emptyReport(shard);

    it("has documents in this shard", () => {
      expect(docs.length).toBeGreaterThan(0);
    });

    it.each(docs.map((d) => [d.localPath, d] as const))(
      "%s",
      (_path, doc) => {
        checkDocument(doc, manifest.get(doc.localPath), report);
      },
      180_000,
    );

    afterAll(() => {
      writeReport(report);
    });
  });
}
