/** Turns per-document results into the figures the bench reports (pure, so it is easy to check by eye). */
import type { AppBenchResult } from "./app-bench";
import type { DocumentResult, MemoryResult } from "./render-bench";
import { median, megabytes, percentile, sum } from "./stats";

export interface RenderSummary {
  corpusDocuments: number;
  rendered: number;
  parseErrors: string[];
  failures: string[];
  corpusMb: number;
  /** Σ median total ms / Σ MB over the rendered corpus documents. */
  msPerMbPooled: number;
  /** Median over documents of (median total ms / MB). */
  msPerMbPerDocMedian: number;
  msPerMbPerDocP95: number;
  totalMsMedian: number;
  totalMsP95: number;
  /** Median over documents of (median full pipeline ms / median DOMParser ms). */
  fullToParseRatioMedian: number;
  /** Σ full / Σ parse-only over the rendered corpus documents. */
  fullToParseRatioPooled: number;
  parseMsPerMbPooled: number;
  slowest: DocumentResult[];
  synthetic: DocumentResult[];
}

export interface MemorySummary extends MemoryResult {
  retainedGrowthBytesPerMb: number;
  transientGrowthBytesPerMb: number;
}

export interface BenchReport {
  generatedAt: string;
  environment: { node: string; chromium: string; cpus: number; loadAverage: number[] };
  runsPerDocument: number;
  render?: { summary: RenderSummary; documents: DocumentResult[] };
  memory?: MemorySummary;
  app?: AppBenchResult;
  failures: string[];
}

const perMb = (result: DocumentResult) => result.totalMs / megabytes(result.bytes);

export function summarizeRender(results: DocumentResult[]): RenderSummary {
  const corpus = results.filter((result) => result.kind === "corpus");
  const rendered = corpus.filter((result) => result.outcome === "rendered");
  const mb = sum(rendered.map((result) => megabytes(result.bytes)));
  const total = sum(rendered.map((result) => result.totalMs));
  const parse = sum(rendered.map((result) => result.parseMs));
  return {
    corpusDocuments: corpus.length,
    rendered: rendered.length,
    parseErrors: corpus.filter((result) => result.outcome === "parse-error").map((result) => result.name),
    failures: results.flatMap((result) =>
      result.failure === undefined ? [] : [`${result.name}: ${result.failure}`],
    ),
    corpusMb: sum(corpus.map((result) => megabytes(result.bytes))),
    msPerMbPooled: total / mb,
    msPerMbPerDocMedian: median(rendered.map(perMb)),
    msPerMbPerDocP95: percentile(rendered.map(perMb), 95),
    totalMsMedian: median(rendered.map((result) => result.totalMs)),
    totalMsP95: percentile(
      rendered.map((result) => result.totalMs),
      95,
    ),
    fullToParseRatioMedian: median(rendered.map((result) => result.totalMs / result.parseMs)),
    fullToParseRatioPooled: total / parse,
    parseMsPerMbPooled: parse / mb,
    slowest: [...rendered].sort((a, b) => b.totalMs - a.totalMs).slice(0, 5),
    synthetic: results.filter((result) => result.kind === "synthetic"),
  };
}

export function summarizeMemory(memory: MemoryResult): MemorySummary {
  const mb = megabytes(memory.bytes);
  return {
    ...memory,
    retainedGrowthBytesPerMb: (memory.heapRetainedBytes - memory.heapBeforeBytes) / mb,
    transientGrowthBytesPerMb: (memory.heapAfterRenderBytes - memory.heapBeforeBytes) / mb,
  };
}
