/**
 * The corpus report (.bench-results/corpus-report.json): counts the lead quotes in the closing note. Each test file
 * (shard) writes its own part, then merges every part present into the combined report.
 */
import fs from "node:fs";
import path from "node:path";
import type { RenderOutcome } from "../../../src/ccda/types";
import { REPO_ROOT } from "./corpus-files";

export interface CorpusReport {
  shard: string;
  generatedAt: string;
  documents: number;
  rendered: number;
  parseErrors: { file: string; kind: string; message: string }[];
  recovered: string[];
  warningsByKind: Record<string, number>;
  documentsByWarningKind: Record<string, number>;
  textChars: number;
  textCharsFound: number;
  sections: number;
  attachments: number;
  /** Documents the viewer's parse read without some entries (parse/defer-entries.ts), checked afterwards. */
  deferredEntries: number;
  totalRenderMs: number;
}

const OUT = path.join(REPO_ROOT, ".bench-results");

export function emptyReport(shard: string): CorpusReport {
  return {
    shard,
    generatedAt: new Date().toISOString(),
    documents: 0,
    rendered: 0,
    parseErrors: [],
    recovered: [],
    warningsByKind: {},
    documentsByWarningKind: {},
    textChars: 0,
    textCharsFound: 0,
    sections: 0,
    attachments: 0,
    deferredEntries: 0,
    totalRenderMs: 0,
  };
}

export function recordOutcome(report: CorpusReport, outcome: RenderOutcome, file: string, ms: number): void {
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

function addCounts(into: Record<string, number>, from: Record<string, number>): void {
  for (const [k, v] of Object.entries(from)) into[k] = (into[k] ?? 0) + v;
}

function merge(parts: CorpusReport[]): Record<string, unknown> {
  const total = emptyReport(parts.map((p) => p.shard).join("+"));
  for (const p of parts) {
    for (const key of [
      "documents",
      "rendered",
      "textChars",
      "textCharsFound",
      "sections",
      "attachments",
      "deferredEntries",
    ] as const) {
      total[key] += p[key];
    }
    total.totalRenderMs += Math.round(p.totalRenderMs);
    total.parseErrors.push(...p.parseErrors);
    total.recovered.push(...p.recovered);
    addCounts(total.warningsByKind, p.warningsByKind);
    addCounts(total.documentsByWarningKind, p.documentsByWarningKind);
  }
  const pct = total.textChars === 0 ? 100 : (100 * total.textCharsFound) / total.textChars;
  return {
    ...total,
    textCoveragePercent: pct,
    parts: parts.map((p) => ({ shard: p.shard, at: p.generatedAt })),
  };
}

export function writeReport(report: CorpusReport): void {
  if (report.documents === 0) return;
  fs.mkdirSync(OUT, { recursive: true });
  fs.writeFileSync(
    path.join(OUT, `corpus-report.${report.shard}.json`),
    `${JSON.stringify(report, null, 2)}\n`,
  );
  const parts = fs
    .readdirSync(OUT)
    .filter((f) => /^corpus-report\.[a-z0-9-]+\.json$/.test(f))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(OUT, f), "utf8")) as CorpusReport);
  fs.writeFileSync(path.join(OUT, "corpus-report.json"), `${JSON.stringify(merge(parts), null, 2)}\n`);
}
