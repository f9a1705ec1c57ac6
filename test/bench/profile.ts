/**
 * `npx tsx test/bench/profile.ts <document>`: where the pipeline's time goes for one document. Builds the app
 * unminified, opens the document once to warm up, then once under the CDP sampling profiler, and prints the
 * functions with the most self time and the time per source module. <document> is a file path, `ccd:<MB>`
 * (sandbox scale generator) or `table:<rows>`. PROFILE_CSS=<rules> adds a style sheet first, to try a CSS change.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { PATIENTS } from "../../sandbox/data/patients";
import { largeDoc } from "../../sandbox/data/scale";
import { decodeText } from "../../src/fhir/decode";
import { runTool, withBenchApp } from "./tool";
import type { BenchDocument } from "./corpus";
import { documentPage, pipelineRun } from "./doc-bench";
import { table } from "./report";
import { tableDocument } from "./table-document";

function documentFrom(spec: string): BenchDocument {
  const text = (bytes: Uint8Array) => decodeText(bytes).text;
  let bytes: Uint8Array;
  if (spec.startsWith("table:")) bytes = new TextEncoder().encode(tableDocument(Number(spec.slice(6))));
  else if (spec.startsWith("ccd:")) {
    const patient = PATIENTS[0];
    const binary = patient === undefined ? undefined : largeDoc(patient, Number(spec.slice(4)) * 1e6).binary;
    if (binary === undefined) throw new Error("The sandbox generator made no Binary");
    bytes = binary.bytes;
  } else bytes = new Uint8Array(readFileSync(spec));
  return {
    name: path.basename(spec),
    group: "generated",
    bytes,
    contentType: "application/xml",
    text: text(bytes),
  };
}

/** The part of CDP's Profiler.Profile read here. */
interface CpuProfile {
  nodes: {
    id: number;
    hitCount?: number;
    children?: number[];
    callFrame: { functionName: string; url: string; lineNumber: number };
  }[];
  startTime: number;
  endTime: number;
  samples?: number[];
}

/**
 * One profile from several: each one's nodes under a shared root (ids offset), samples concatenated, and a span
 * as long as theirs together, so the time per sample stays theirs on average.
 */
function mergeProfiles(profiles: CpuProfile[]): CpuProfile {
  const root: CpuProfile["nodes"][number] = {
    id: 0,
    children: [],
    callFrame: { functionName: "(profiles)", url: "", lineNumber: 0 },
  };
  const nodes = [root];
  const samples: number[] = [];
  let offset = 1;
  let span = 0;
  for (const profile of profiles) {
    const maxId = Math.max(0, ...profile.nodes.map((node) => node.id));
    for (const node of profile.nodes)
      nodes.push({
        ...node,
        id: node.id + offset,
        ...(node.children === undefined ? {} : { children: node.children.map((id) => id + offset) }),
      });
    const first = profile.nodes[0];
    if (first !== undefined) root.children?.push(first.id + offset);
    samples.push(...(profile.samples ?? []).map((id) => id + offset));
    span += profile.endTime - profile.startTime;
    offset += maxId + 1;
  }
  return { nodes, samples, startTime: 0, endTime: span };
}

/** Self time per "function file:line" and per file, from a CPU profile's sample counts. */
function selfTimes(profile: CpuProfile): {
  byFunction: Map<string, number>;
  byFile: Map<string, number>;
} {
  const totalUs = profile.endTime - profile.startTime;
  const samples = profile.samples?.length ?? 1;
  const perSampleMs = totalUs / samples / 1000;
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  for (const node of profile.nodes) {
    const ms = (node.hitCount ?? 0) * perSampleMs;
    if (ms === 0) continue;
    const frame = node.callFrame;
    // Scripts without a URL are the bench's own page code (its forced layouts land there) or the browser's.
    const file = frame.url === "" ? "(browser/bench)" : (frame.url.split("/").at(-1) ?? frame.url);
    const key = `${frame.functionName || "(anonymous)"} ${file}:${frame.lineNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
    byFile.set(file, (byFile.get(file) ?? 0) + ms);
  }
  return { byFunction, byFile };
}

/** Inclusive time per "function file:line" (a function's own time plus its callees'; recursion counted once). */
function totalTimes(profile: CpuProfile): Map<string, number> {
  const totalUs = profile.endTime - profile.startTime;
  const perSampleMs = totalUs / (profile.samples?.length ?? 1) / 1000;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  const keyOf = (frame: CpuProfile["nodes"][number]["callFrame"]) =>
    `${frame.functionName || "(anonymous)"} ${frame.url.split("/").at(-1) ?? ""}:${frame.lineNumber + 1}`;
  // Returns the subtree's time; adds it to the node's key unless an ancestor already holds that key.
  const visit = (id: number, open: Set<string>): number => {
    const node = byId.get(id);
    if (node === undefined) return 0;
    const key = keyOf(node.callFrame);
    const inner = new Set(open).add(key);
    let ms = (node.hitCount ?? 0) * perSampleMs;
    for (const child of node.children ?? []) ms += visit(child, inner);
    if (!open.has(key)) totals.set(key, (totals.get(key) ?? 0) + ms);
    return ms;
  };
  const root = profile.nodes[0];
  if (root !== undefined) visit(root.id, new Set());
  return totals;
}

function top(map: Map<string, number>, count: number): string[][] {
  return [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, ms]) => [key, `${ms.toFixed(1)} ms`]);
}

async function main(): Promise<void> {
  const spec = process.argv[2];
  if (spec === undefined) throw new Error("Usage: tsx test/bench/profile.ts <file | ccd:MB | table:rows>");
  const doc = documentFrom(spec);
  await withBenchApp({ minify: false }, async (app, browser) => {
    // PROFILE_CSS: try a style change (e.g. content-visibility) without editing the app's styles.
    const { page, cdp } = await documentPage(browser, app.app.origin, doc, process.env.PROFILE_CSS);
    await pipelineRun(page, cdp);
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", {
      interval: Number(process.env.PROFILE_INTERVAL_US ?? 200),
    });
    // PROFILE_RUNS=n: profile n runs (steadier self times for small documents). Each profile covers the measured
    // document only, from the moment it is handed over until the page is quiet (the small document opened
    // before each run is left out); the profiles' nodes are merged by call frame.
    const profiles: CpuProfile[] = [];
    let run: Awaited<ReturnType<typeof pipelineRun>> | undefined;
    for (let i = 0; i < Number(process.env.PROFILE_RUNS ?? 1); i += 1) {
      run = await pipelineRun(page, cdp, async () => {
        await cdp.send("Profiler.start");
      });
      profiles.push(((await cdp.send("Profiler.stop")) as { profile: CpuProfile }).profile);
    }
    if (run === undefined) throw new Error("PROFILE_RUNS must be at least 1");
    const profile = mergeProfiles(profiles);
    const { byFunction, byFile } = selfTimes(profile);
    console.log(
      `${doc.name}: pipeline ${run.pipelineMs.toFixed(1)} ms, measures ${JSON.stringify(run.measures)}`,
    );
    console.log(table([["function (self time)", ""], ...top(byFunction, 30)]));
    console.log(table([["file (self time)", ""], ...top(byFile, 12)]));
    if (process.env.PROFILE_TOTAL !== undefined)
      console.log(
        table([
          ["function (total time)", ""],
          ...top(totalTimes(profile), Number(process.env.PROFILE_TOTAL) || 60),
        ]),
      );
  });
}

runTool(main);
