/** The bench's figures and targets, computed from the parts' results (pure: easy to check by eye). */
import type { BundleSize } from "./bundle-size";
import type { DocumentResult } from "./doc-bench";
import type { LaunchResult } from "./launch-bench";
import type { ListResult } from "./list-bench";
import type { MemoryResult } from "./memory-bench";
import { median } from "./stats";

export interface BenchReport {
  generatedAt: string;
  environment: { machine: string; cpus: string; node: string; chromium: string; loadAverage: number[] };
  command: string;
  runsPerDocument: number;
  warmupsPerDocument: number;
  documents?: DocumentResult[];
  launch?: LaunchResult;
  list?: ListResult;
  memory?: MemoryResult;
  bundle?: BundleSize;
  targets: TargetResult[];
  failures: string[];
}

export interface TargetResult {
  target: string;
  measured: string;
  verdict: "PASS" | "FAIL" | "n/a";
}

const verdict = (ok: boolean | undefined): TargetResult["verdict"] =>
  ok === undefined ? "n/a" : ok ? "PASS" : "FAIL";
const fixed = (value: number | undefined, digits = 1) =>
  value === undefined ? "n/a" : value.toFixed(digits);

/** Median ratio pipeline/floor over the rendered dev documents. */
export function devRatio(documents: readonly DocumentResult[]): number | undefined {
  const dev = documents.filter((doc) => doc.group === "dev" && doc.outcome === "rendered");
  return dev.length === 0 ? undefined : median(dev.map((doc) => doc.ratio));
}

function largest(documents: readonly DocumentResult[]): DocumentResult | undefined {
  return documents
    .filter((doc) => doc.group === "generated" && doc.name.includes("MB"))
    .sort((a, b) => b.bytes - a.bytes)[0];
}

function documentTargets(documents: readonly DocumentResult[]): TargetResult[] {
  const ratio = devRatio(documents);
  const big = largest(documents);
  // The generated document's nominal size ("20 MB"), as the issue names it.
  const bigName = /\d+ MB/.exec(big?.name ?? "")?.[0] ?? "largest generated";
  return [
    {
      target: "pipeline ≤ 3× floor, median over dev docs",
      measured: `${fixed(ratio, 2)}×`,
      verdict: verdict(ratio === undefined ? undefined : ratio <= 3),
    },
    {
      target: `pipeline ≤ 4× floor, ${bigName} doc`,
      measured: `${fixed(big?.ratio, 2)}×`,
      verdict: verdict(big === undefined ? undefined : big.ratio <= 4),
    },
    {
      target: `first sections of ${bigName} ≤ 300 ms after bytes`,
      measured:
        big?.firstSectionsMs === undefined
          ? `no ccda:first-sections mark (whole doc ${fixed(big?.pipelineMs, 0)} ms)`
          : `${fixed(big.firstSectionsMs, 0)} ms`,
      verdict: verdict(big === undefined ? undefined : (big.firstSectionsMs ?? big.pipelineMs) <= 300),
    },
    {
      target: `no task > 200 ms while ${bigName} renders`,
      measured: `${fixed(big?.longestTaskMs, 0)} ms`,
      verdict: verdict(big === undefined ? undefined : big.longestTaskMs <= 200),
    },
  ];
}

export function targets(report: BenchReport): TargetResult[] {
  const results = report.documents === undefined ? [] : documentTargets(report.documents);
  const launch = report.launch;
  if (launch !== undefined)
    results.push({
      target: `first document painted within 3 round trips (${launch.latencyMs} ms each)`,
      measured: `${launch.roundTrips} round trips, ${fixed(launch.firstPaintMs, 0)} ms${launch.autoOpened ? "" : " (no auto-open)"}`,
      verdict: verdict(launch.autoOpened && launch.roundTrips <= 3),
    });
  const js = report.bundle?.js.gzipBytes;
  if (js !== undefined)
    results.push({
      target: "initial JS ≤ 150 kB gzip",
      measured: `${fixed(js / 1000)} kB`,
      verdict: verdict(js <= 150_000),
    });
  const memory = report.memory;
  if (memory !== undefined) {
    const growth = memory.afterLeaving.usedBytes / memory.before.usedBytes - 1;
    results.push({
      target: `heap back within 20% after ${memory.documentsOpened} docs`,
      measured: `${growth >= 0 ? "+" : ""}${fixed(growth * 100)}%`,
      verdict: verdict(growth <= 0.2),
    });
  }
  return results;
}
