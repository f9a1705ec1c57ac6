/** The bench's output: compact plain-text tables on stdout and the whole report as JSON. */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { AppBenchResult } from "./app-bench";
import type { DocumentResult } from "./render-bench";
import { megabytes } from "./stats";
import type { BenchReport, MemorySummary, RenderSummary } from "./summary";

const ms = (value: number) => `${value.toFixed(1)} ms`;
const mb = (bytes: number) => `${megabytes(bytes).toFixed(2)} MB`;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** Left-aligned first column, right-aligned others. */
export function table(rows: string[][]): string {
  const widths = rows.reduce<number[]>(
    (acc, row) => row.map((cell, i) => Math.max(acc[i] ?? 0, cell.length)),
    [],
  );
  return rows
    .map((row) =>
      row
        .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
        .join("  "),
    )
    .join("\n");
}

function shortName(name: string): string {
  return name.length > 60 ? `…${name.slice(-59)}` : name;
}

function documentRows(results: DocumentResult[]): string[][] {
  return [
    ["document", "size", "full", "ms/MB", "render", "sanitize", "insert", "parse-only", "full/parse"],
    ...results.map((r) => [
      shortName(r.name),
      mb(r.bytes),
      ms(r.totalMs),
      (r.totalMs / megabytes(r.bytes)).toFixed(0),
      ms(r.renderMs),
      ms(r.sanitizeMs),
      ms(r.insertMs),
      ms(r.parseMs),
      `${(r.totalMs / r.parseMs).toFixed(1)}x`,
    ]),
  ];
}

function renderSection(summary: RenderSummary, runs: number): string {
  const overview = table([
    ["corpus (../shared/ccda/dev)", `${summary.corpusDocuments} docs, ${summary.corpusMb.toFixed(2)} MB`],
    ["rendered / DOMParser-rejected", `${summary.rendered} / ${summary.parseErrors.length}`],
    ["ms per MB, pooled (Σ ms / Σ MB)", summary.msPerMbPooled.toFixed(1)],
    ["ms per MB, per-doc median", summary.msPerMbPerDocMedian.toFixed(1)],
    ["ms per MB, per-doc p95", summary.msPerMbPerDocP95.toFixed(1)],
    ["full pipeline per doc, median / p95", `${ms(summary.totalMsMedian)} / ${ms(summary.totalMsP95)}`],
    ["parse-only ms per MB, pooled", summary.parseMsPerMbPooled.toFixed(1)],
    ["full / parse-only, per-doc median", `${summary.fullToParseRatioMedian.toFixed(1)}x`],
    ["full / parse-only, pooled", `${summary.fullToParseRatioPooled.toFixed(1)}x`],
  ]);
  return [
    `== Render pipeline in Chromium (median of ${runs} runs after 1 warm-up; full = render+sanitize+insert) ==`,
    overview,
    "",
    "Slowest corpus documents:",
    table(documentRows(summary.slowest)),
    "",
    "Large synthetic documents (sandbox scale mode):",
    table(documentRows(summary.synthetic)),
  ].join("\n");
}

function memorySection(memory: MemorySummary): string {
  return [
    `== JS heap (CDP JSHeapUsedSize), ${shortName(memory.document)} (${mb(memory.bytes)}) ==`,
    table([
      ["before (after GC)", kb(memory.heapBeforeBytes)],
      ["right after render (no GC)", kb(memory.heapAfterRenderBytes)],
      ["after render + GC (output in DOM)", kb(memory.heapRetainedBytes)],
      ["retained growth per MB of input", kb(memory.retainedGrowthBytesPerMb)],
      ["growth before GC per MB (lower bound)", kb(memory.transientGrowthBytesPerMb)],
      [
        "DOM nodes before / after (DOM memory is not in the JS heap)",
        `${memory.domNodesBefore} / ${memory.domNodesAfter}`,
      ],
    ]),
  ].join("\n");
}

function appSection(app: AppBenchResult): string {
  return [
    "== App (vite preview build + sandbox scale mode, EHR launch) ==",
    table([
      [`launch ${app.patient} → "${app.documentsListed} documents" listed`, ms(app.listMs)],
      ["click large document → article not busy", ms(app.openLargeMs)],
      ["ccda:render measure(s)", app.renderMeasuresMs.map(ms).join(", ")],
      [
        `initial JS (${app.initialJs.files.length} file(s)), raw / gzip`,
        `${kb(app.initialJs.rawBytes)} / ${kb(app.initialJs.gzipBytes)}`,
      ],
    ]),
  ].join("\n");
}

export function printReport(report: BenchReport): void {
  const sections: string[] = [];
  if (report.render !== undefined)
    sections.push(renderSection(report.render.summary, report.runsPerDocument));
  if (report.memory !== undefined) sections.push(memorySection(report.memory));
  if (report.app !== undefined) sections.push(appSection(report.app));
  const env = report.environment;
  sections.push(
    `Chromium ${env.chromium}, Node ${env.node}, ${env.cpus} CPUs, load ${env.loadAverage.map((l) => l.toFixed(1)).join(" ")}`,
  );
  if (report.failures.length > 0)
    sections.push(`FAILURES:\n${report.failures.map((f) => `  ${f}`).join("\n")}`);
  console.log(`\n${sections.join("\n\n")}\n`);
}

export function writeReport(report: BenchReport, file: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`Results written to ${file}`);
}
