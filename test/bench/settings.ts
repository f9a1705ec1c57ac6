/**
 * What the bench runs, from the environment, so development can use small subsets:
 * BENCH_PARTS=docs,launch,list,memory,size (or the older render = docs, app = the rest), BENCH_RUNS (≥5 for
 * reported figures), BENCH_WARMUP (unmeasured runs before them, default 3), BENCH_DOCS (first n dev documents), BENCH_BULK, BENCH_SIZES (generated MB, e.g. "1,5,20"),
 * BENCH_TABLE_ROWS, BENCH_LIST_DOCS, BENCH_MEMORY_DOCS, BENCH_LATENCY_MS.
 */

const ALL_PARTS = ["docs", "launch", "list", "memory", "size"] as const;
export type BenchPart = (typeof ALL_PARTS)[number];

function integer(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, not "${raw}"`);
  return value;
}

function parts(): Set<BenchPart> {
  const raw = (process.env.BENCH_PARTS ?? ALL_PARTS.join(",")).split(",").map((part) => part.trim());
  const chosen = new Set<BenchPart>();
  for (const part of raw) {
    if (part === "render") chosen.add("docs");
    else if (part === "app") ["launch", "list", "memory", "size"].forEach((p) => chosen.add(p as BenchPart));
    else if ((ALL_PARTS as readonly string[]).includes(part)) chosen.add(part as BenchPart);
    else throw new Error(`BENCH_PARTS: unknown part "${part}" (known: ${ALL_PARTS.join(", ")}, render, app)`);
  }
  return chosen;
}

function sizes(): number[] {
  const raw = process.env.BENCH_SIZES ?? "1,5,20";
  return raw.trim() === ""
    ? []
    : raw
        .split(",")
        .map(Number)
        .filter((n) => n > 0);
}

export const benchSettings = {
  parts: parts(),
  // 7, not the minimum of 5: the same parse here can take 1.7× as long from one second to the next, and a
  // median of 5 moved the dev median by ±0.2× between identical builds.
  runs: integer("BENCH_RUNS", 7),
  /** Unmeasured runs first, on each document's fresh screen: a reader's app has opened documents before. */
  warmups: integer("BENCH_WARMUP", 3),
  devDocuments: integer("BENCH_DOCS", Number.POSITIVE_INFINITY),
  bulkDocuments: integer("BENCH_BULK", 5),
  generatedMegabytes: sizes(),
  tableRows: integer("BENCH_TABLE_ROWS", 20_000),
  listDocuments: integer("BENCH_LIST_DOCS", 2_000),
  memoryDocuments: integer("BENCH_MEMORY_DOCS", 50),
  latencyMs: integer("BENCH_LATENCY_MS", 100),
};
