/**
 * Starts the real parts once for all end-to-end tests: the sandbox SMART/FHIR server and a production build of
 * the app served by `vite preview` (with its CSP), each on a free port of 127.0.0.1.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { build, preview, type PreviewServer } from "vite";
import type { TestProject } from "vitest/node";
import { startSandbox, type RunningSandbox } from "../../sandbox/server";
import { freePort } from "./free-port";
import { E2E_SANDBOXES } from "./sandboxes";

declare module "vitest" {
  export interface ProvidedContext {
    appOrigin: string;
    sandboxOrigin: string;
    fhirBase: string;
    /** Every sandbox of sandboxes.ts by key. */
    sandboxes: Record<string, { name: string; origin: string; fhirBase: string }>;
  }
}

const root = path.resolve(import.meta.dirname, "../..");

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const appPort = await freePort();
  const appOrigin = `http://127.0.0.1:${appPort}`;
  const running: RunningSandbox[] = [];
  const sandboxes: Record<string, { name: string; origin: string; fhirBase: string }> = {};
  for (const spec of E2E_SANDBOXES) {
    const options = (await spec.options?.()) ?? {};
    const started = await startSandbox({ ...options, port: await freePort(), appOrigin, quiet: true });
    running.push(started);
    sandboxes[spec.key] = { name: spec.name, origin: started.origin, fhirBase: started.fhirBase };
  }
  const [sandbox, ...others] = running;
  if (sandbox === undefined) throw new Error("sandboxes.ts lists no sandbox");

  const outDir = mkdtempSync(path.join(tmpdir(), "ccda-viewer-e2e-"));
  process.env.VITE_SANDBOX_FHIR_BASE = sandbox.fhirBase;
  if (others.length > 0) process.env.VITE_ISS_ALLOWLIST = others.map((other) => other.fhirBase).join(",");
  await build({ root, logLevel: "warn", build: { outDir, emptyOutDir: true, sourcemap: false } });
  const server: PreviewServer = await preview({
    root,
    logLevel: "warn",
    build: { outDir },
    preview: { host: "127.0.0.1", port: appPort, strictPort: true },
  });

  project.provide("appOrigin", appOrigin);
  project.provide("sandboxOrigin", sandbox.origin);
  project.provide("fhirBase", sandbox.fhirBase);
  project.provide("sandboxes", sandboxes);

  return async () => {
    await new Promise<void>((resolve) => {
      server.httpServer.close(() => {
        resolve();
      });
    });
    await Promise.all(running.map((one) => one.close()));
    rmSync(outDir, { recursive: true, force: true });
  };
}
