/** The bench's output: plain-text tables on stdout and the whole report as JSON. */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { DocumentResult } from "./doc-bench";
import { median, megabytes, sum } from "./stats";
import type { BenchReport } from "./summary";

const ms = (value: number | undefined) =>
  value === undefined || Number.isNaN(value) ? "n/a" : value.toFixed(1);
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const mbText = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MiB`;

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
  return name.length > 56 ? `…${name.slice(-55)}` : name;
}

const MEASURES = ["ccda:decode", "ccda:parse", "ccda:sanitize", "layout", "frame", "ccda:check"] as const;

function documentRows(documents: readonly DocumentResult[]): string[][] {
  return [
    [
      "document",
      "grp",
      "MB",
      "floor",
      "pipeline",
      "ms/MB",
      "ratio",
      "first",
      "longtask",
      ...MEASURES.map((m) => m.replace(/^ccda:/, "")),
    ],
    ...documents.map((doc) => [
      shortName(doc.name) + (doc.outcome === "parse-error" ? " (parse error)" : ""),
      doc.group,
      megabytes(doc.bytes).toFixed(2),
      ms(doc.floorMs),
      ms(doc.pipelineMs),
      doc.msPerMb.toFixed(0),
      `${doc.ratio.toFixed(2)}×`,
      ms(doc.firstSectionsMs),
      ms(doc.longestTaskMs),
      ...MEASURES.map((name) => ms(doc.measures[name])),
    ]),
  ];
}

function overallRows(documents: readonly DocumentResult[]): string[][] {
  const groups = ["dev", "bulk", "generated"] as const;
  return [
    [
      "overall (rendered docs)",
      "docs",
      "MB",
      "floor ms/MB",
      "pipeline ms/MB",
      "median ratio",
      "pooled ratio",
    ],
    ...groups.flatMap((group) => {
      const docs = documents.filter((doc) => doc.group === group && doc.outcome === "rendered");
      if (docs.length === 0) return [];
      const mb = sum(docs.map((doc) => megabytes(doc.bytes)));
      const floor = sum(docs.map((doc) => doc.floorMs));
      const pipeline = sum(docs.map((doc) => doc.pipelineMs));
      return [
        [
          group,
          String(docs.length),
          mb.toFixed(2),
          (floor / mb).toFixed(1),
          (pipeline / mb).toFixed(1),
          `${median(docs.map((doc) => doc.ratio)).toFixed(2)}×`,
          `${(pipeline / floor).toFixed(2)}×`,
        ],
      ];
    }),
  ];
}

function documentsSection(report: BenchReport, documents: readonly DocumentResult[]): string {
  return [
    `== Documents in the app's local-file screen: median of ${report.runsPerDocument} runs after ${report.warmupsPerDocument} warm-up runs, fresh screen per document (ms) ==`,
    "floor = DOMParser.parseFromString of the same text (the app's own parse drops its unread indentation first,",
    "  src/ccda/parse/compact-whitespace.ts, and the entries it does not read, src/ccda/parse/defer-entries.ts, which",
    "  it checks once idle after showing the document: check, not in the pipeline);",
    "pipeline = start of ccda:decode → last DOM insertion laid out,",
    "  plus the rendering work of the next frame (what a forced layout leaves to it: on-screen content-visibility:auto",
    "  content, paint; not the wait for the frame); first = → ccda:first-sections laid out, plus the same;",
    "longtask = longest main-thread task (Long Tasks API, 0 = none ≥50 ms); decode, parse, sanitize = the app's User",
    "Timing measures; layout = style + layout forced after each insertion; frame = that next frame's work",
    table(documentRows(documents)),
    "",
    table(overallRows(documents)),
  ].join("\n");
}

function appSection(report: BenchReport): string {
  const rows: string[][] = [];
  const { launch, list, memory, bundle } = report;
  if (launch !== undefined) {
    rows.push([
      `launch end → first document painted (latency ${launch.latencyMs} ms by ${launch.latencyBy})`,
      launch.autoOpened ? `${ms(launch.firstPaintMs)} ms` : "no auto-open",
    ]);
    rows.push([
      "  sandbox requests in between / round trips",
      `${launch.sandboxRequests.length} / ${launch.roundTrips}`,
    ]);
    rows.push(["  requests", launch.sandboxRequests.map((url) => url.split("?")[0]).join(", ")]);
  }
  if (list !== undefined) {
    rows.push([
      `list of ${list.documents} documents (${list.pages} page requests, ${list.rows} rows in DOM): first rows / all rows`,
      `${ms(list.firstRowsMs)} / ${ms(list.allRowsMs)} ms`,
    ]);
    rows.push([
      "  while loading: longest task / long tasks",
      `${ms(list.longestTaskMs)} ms / ${list.longTasks}`,
    ]);
    rows.push([
      `  worst key press → next paint (${list.keyPresses} presses)`,
      list.worstKeyToPaintMs === 0 ? "< 16 ms" : `${ms(list.worstKeyToPaintMs)} ms`,
    ]);
  }
  if (memory !== undefined) {
    const heap = (sample: typeof memory.before) =>
      `${mbText(sample.usedBytes)} (${sample.domNodes} DOM nodes)`;
    rows.push(["JS heap before", heap(memory.before)]);
    rows.push([`JS heap after opening ${memory.documentsOpened} documents`, heap(memory.afterOpening)]);
    rows.push(["JS heap after leaving them", heap(memory.afterLeaving)]);
  }
  if (bundle !== undefined) {
    rows.push([
      `initial JS (${bundle.js.files.length} files) raw / gzip`,
      `${kb(bundle.js.rawBytes)} / ${kb(bundle.js.gzipBytes)}`,
    ]);
    rows.push([
      `initial CSS (${bundle.css.files.length} files) raw / gzip`,
      `${kb(bundle.css.rawBytes)} / ${kb(bundle.css.gzipBytes)}`,
    ]);
  }
  return ["== App (production build, sandbox) ==", table(rows)].join("\n");
}

export function printReport(report: BenchReport): void {
  const env = report.environment;
  const sections = [
    `C-CDA Viewer bench — ${report.generatedAt}\n${env.machine}, ${env.cpus}, load ${env.loadAverage.map((l) => l.toFixed(1)).join(" ")}\n` +
      `Chromium ${env.chromium} (headless), Node ${env.node}; command: ${report.command}`,
  ];
  if (report.documents !== undefined) sections.push(documentsSection(report, report.documents));
  if (report.launch ?? report.list ?? report.memory ?? report.bundle) sections.push(appSection(report));
  if (report.targets.length > 0)
    sections.push(
      ["== Targets ==", table(report.targets.map((t) => [t.target, t.measured, t.verdict]))].join("\n"),
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
