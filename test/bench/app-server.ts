/**
 * The app as users get it: one production build (the repository's vite.config.ts and CSP) under `vite
 * preview`, trusting two sandboxes: one with the default dataset and SANDBOX latency on every request (launch
 * → first document), one in scale mode with a long document list (list and memory benches). Only what the
 * chosen parts need is started.
 */
import type { Dataset } from "../../sandbox/data/types";
import { buildDataset } from "../../sandbox/data/dataset";
import { startSandbox, type RunningSandbox, type SandboxOptions } from "../../sandbox/server";
import { freePort } from "../e2e/free-port";
import { repoRoot } from "./corpus";
import { buildAndServe, type ServedBuild } from "./serve";
import { benchSettings } from "./settings";

export const PATIENT = "Ava Lucía Reyes";
const PATIENT_INDEX = 0;

export interface LatencySandbox extends RunningSandbox {
  latencyMs: number;
  /** False when the sandbox ignored `latencyMs` (older sandbox): the bench then delays requests itself. */
  sandboxAppliesLatency: boolean;
}

export interface BenchApp {
  app: ServedBuild;
  latency: LatencySandbox | undefined;
  scale: (RunningSandbox & { documents: number }) | undefined;
  close(): Promise<void>;
}

/** Whether a plain request to the sandbox already takes about the configured latency. */
async function latencyApplied(fhirBase: string, latencyMs: number): Promise<boolean> {
  const started = performance.now();
  await fetch(`${fhirBase}/metadata`).then((response) => response.arrayBuffer());
  return performance.now() - started >= latencyMs * 0.9;
}

async function startLatencySandbox(appOrigin: string): Promise<LatencySandbox> {
  const latencyMs = benchSettings.latencyMs;
  // `latencyMs` is the sandbox's delay option (SANDBOX_LATENCY_MS); an older sandbox ignores it, detected below.
  const options: SandboxOptions & { latencyMs: number } = {
    port: await freePort(),
    appOrigin,
    quiet: true,
    latencyMs,
  };
  const sandbox = await startSandbox(options);
  return { ...sandbox, latencyMs, sandboxAppliesLatency: await latencyApplied(sandbox.fhirBase, latencyMs) };
}

function patientDocumentCount(dataset: Dataset): number {
  const id = dataset.patients[PATIENT_INDEX]?.id;
  return dataset.documentReferences.filter((doc) => doc.subject?.reference === `Patient/${id ?? ""}`).length;
}

/** Scale mode with enough extra documents that the patient has `benchSettings.listDocuments` in all. */
function scaleDataset(): Dataset {
  const base = patientDocumentCount(buildDataset());
  const extra = Math.max(0, benchSettings.listDocuments - base);
  return buildDataset({ scale: { extraDocumentsPerPatient: extra } });
}

export async function startBenchApp(needs: {
  latency: boolean;
  scale: boolean;
  /** False for profiling: readable function names. */
  minify?: boolean;
}): Promise<BenchApp> {
  const appPort = await freePort();
  const appOrigin = `http://127.0.0.1:${appPort}`;
  const latency = needs.latency ? await startLatencySandbox(appOrigin) : undefined;
  let scale: BenchApp["scale"];
  if (needs.scale) {
    process.stderr.write(`Building the scale dataset (${benchSettings.listDocuments} documents)…\n`);
    const dataset = scaleDataset();
    const started = await startSandbox({ port: await freePort(), appOrigin, dataset, quiet: true });
    scale = { ...started, documents: patientDocumentCount(dataset) };
  }
  const trusted = [latency, scale].flatMap((sandbox) => (sandbox === undefined ? [] : [sandbox.fhirBase]));
  // Restored afterwards; an unset variable comes back as "", which the app's config reads as unset.
  const saved = {
    base: process.env.VITE_SANDBOX_FHIR_BASE ?? "",
    allow: process.env.VITE_ISS_ALLOWLIST ?? "",
  };
  if (trusted[0] !== undefined) process.env.VITE_SANDBOX_FHIR_BASE = trusted[0];
  if (trusted.length > 1) process.env.VITE_ISS_ALLOWLIST = trusted.slice(1).join(",");
  let app: ServedBuild;
  try {
    app = await buildAndServe(repoRoot, { useConfigFile: true, port: appPort, minify: needs.minify ?? true });
  } finally {
    process.env.VITE_SANDBOX_FHIR_BASE = saved.base;
    process.env.VITE_ISS_ALLOWLIST = saved.allow;
  }
  return {
    app,
    latency,
    scale,
    close: async () => {
      await app.close();
      await Promise.all([latency?.close(), scale?.close()]);
    },
  };
}
