/**
 * Every C-CDA document of the shared corpus (dev + bulk, ~578 files) renders without an exception; malformed ones
 * give their parse error (or, for undeclared xsi:/sdtc: prefixes, a recovered view with a warning); no section text
 * is lost; every table cell, list item and footnote is present; the sanitized output keeps its invariants.
 * Writes .bench-results/corpus-report.json (counts for the closing note).
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { renderDocument, renderParsedDocument } from "../../../src/ccda/render-document";
import { parseCdaText } from "../../../src/ccda/parse/document";
import { sanitizeDocumentHtml } from "../../../src/sanitize/sanitize-html";
import { fragmentOf, invariantViolations } from "../../unit/sanitize/invariants";
import {
  CORPUS,
  REPO_ROOT,
  corpusDocuments,
  corpusExists,
  readManifest,
  type ManifestRow,
} from "./corpus-files";
import { countInTexts, textCoverage } from "../../unit/ccda/text-coverage";

if (!corpusExists) console.warn(`SKIPPING corpus tests: ${CORPUS} (shared C-CDA corpus) is missing.`);

const report = {
  documents: 0,
  rendered: 0,
  parseErrors: [] as { file: string; kind: string; message: string }[],
  recovered: [] as string[],
  warningsByKind: {} as Record<string, number>,
  documentsByWarningKind: {} as Record<string, number>,
  textChars: 0,
  textCharsFound: 0,
  textCoveragePercent: 0,
  sections: 0,
  attachments: 0,
  totalRenderMs: 0,
};

function record(outcome: ReturnType<typeof renderDocument>, file: string, ms: number): void {
  report.documents += 1;
  report.totalRenderMs += ms;
  if (!outcome.ok) {
    report.parseErrors.push({ file, kind: outcome.error.kind, message: outcome.error.message });
    return;
  }
  report.rendered += 1;
  report.attachments += outcome.attachments.length;
  const kinds = new Set<string>();
  for (const w of outcome.warnings) {
    const times = /\((\d+) times\)$/.exec(w.message);
    report.warningsByKind[w.kind] = (report.warningsByKind[w.kind] ?? 0) + (times ? Number(times[1]) : 1);
    kinds.add(w.kind);
  }
  for (const k of kinds) report.documentsByWarningKind[k] = (report.documentsByWarningKind[k] ?? 0) + 1;
}

describe.skipIf(!corpusExists)("C-CDA corpus", () => {
  const manifest = corpusExists ? readManifest() : new Map<string, ManifestRow>();
  const docs = corpusExists ? corpusDocuments() : [];

  it("finds the whole corpus", () => {
    expect(docs.length).toBeGreaterThanOrEqual(570);
  });

  it.each(docs.map((d) => [d.localPath, d] as const))(
    "%s",
    (localPath, doc) => {
      // One XML parse per document: renderParsedDocument is renderDocument after parseCdaText (jsdom parses slowly).
      const started = performance.now();
      const parsed = parseCdaText(doc.text);
      const outcome = parsed.ok
        ? renderParsedDocument(parsed.root, parsed.warnings, { idPrefix: "c1" })
        : renderDocument(doc.text, { idPrefix: "c1" });
      record(outcome, localPath, performance.now() - started);
      const row = manifest.get(localPath);
      if (row && !row.wellFormed) {
        if (row.parseError.includes("unbound prefix")) {
          expect(outcome.ok).toBe(true);
          if (outcome.ok)
            expect(outcome.warnings.some((w) => w.message.includes("without declaring"))).toBe(true);
          report.recovered.push(localPath);
        } else {
          expect(outcome.ok).toBe(false);
          const line = /line (\d+)/.exec(row.parseError)?.[1];
          if (!outcome.ok && line) expect(outcome.error.line).toBe(Number(line));
          return;
        }
      }
      expect(outcome.ok, outcome.ok ? "" : outcome.error.message).toBe(true);
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
      const count = (sel: string): number =>
        narratives.reduce((n, el) => n + el.querySelectorAll(sel).length, 0);
      expect(count("td, th")).toBeGreaterThanOrEqual(countInTexts(parsed.root, ["td", "th"]));
      expect(count("li:not(.ccda-footnote)")).toBeGreaterThanOrEqual(countInTexts(parsed.root, ["item"]));
      expect(count("li.ccda-footnote")).toBe(countInTexts(parsed.root, ["footnote"]));
      report.sections += fragment.querySelectorAll("section.ccda-section").length;
    },
    180_000,
  );

  afterAll(() => {
    if (report.documents === 0) return;
    report.textCoveragePercent =
      report.textChars === 0 ? 100 : (100 * report.textCharsFound) / report.textChars;
    report.totalRenderMs = Math.round(report.totalRenderMs);
    const out = path.join(REPO_ROOT, ".bench-results");
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(path.join(out, "corpus-report.json"), `${JSON.stringify(report, null, 2)}\n`);
  });
});
