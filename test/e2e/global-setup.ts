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

declare module "vitest" {
  export interface ProvidedContext {
    appOrigin: string;
    sandboxOrigin: string;
    fhirBase: string;
  }
}

const root = path.resolve(import.meta.dirname, "../..");

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const [appPort, sandboxPort] = [await freePort(), await freePort()];
  const appOrigin = `http://127.0.0.1:${appPort}`;
  const sandbox: RunningSandbox = await startSandbox({ port: sandboxPort, appOrigin, quiet: true });

  const outDir = mkdtempSync(path.join(tmpdir(), "ccda-viewer-e2e-"));
  process.env.VITE_SANDBOX_FHIR_BASE = sandbox.fhirBase;
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

  return async () => {
    await new Promise<void>((resolve) => {
      server.httpServer.close(() => {
        resolve();
      });
    });
    await sandbox.close();
    rmSync(outDir, { recursive: true, force: true });
  };
}
