/**
 * Starts the real parts once for all end-to-end tests: every sandbox of sandboxes.ts and a production build of
 * the app served by `vite preview` (with its CSP), each on a free port of 127.0.0.1. The build trusts every
 * sandbox through the build-time env, and a config.json written into the build's outDir (as a deployer would)
 * carries each sandbox's per-issuer configuration: client ids, scope syntax, personas (see app-servers.ts).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { build, preview, type PreviewServer } from "vite";
import type { TestProject } from "vitest/node";
import { startSandbox, type RunningSandbox } from "../../sandbox/server";
import { appServersFor, type E2eSandboxInfo } from "./app-servers";
import { freePort } from "./free-port";
import { E2E_SANDBOXES } from "./sandboxes";

declare module "vitest" {
  export interface ProvidedContext {
    appOrigin: string;
    sandboxOrigin: string;
    fhirBase: string;
    /** Every sandbox of sandboxes.ts by key. */
    sandboxes: Record<string, E2eSandboxInfo>;
  }
}

const root = path.resolve(import.meta.dirname, "../..");

async function startAll(appOrigin: string) {
  const running: RunningSandbox[] = [];
  const sandboxes: Record<string, E2eSandboxInfo> = {};
  const servers: Record<string, unknown>[] = [];
  for (const spec of E2E_SANDBOXES) {
    const options = (await spec.options?.()) ?? {};
    const started = await startSandbox({ ...options, port: await freePort(), appOrigin, quiet: true });
    running.push(started);
    const info: E2eSandboxInfo = {
      name: spec.name,
      origin: started.origin,
      fhirBase: started.fhirBase,
      profile: started.profile ?? "strict-smart",
      personas: {
        provider: started.personas?.provider ?? started.fhirBase,
        patient: started.personas?.patient ?? started.fhirBase,
      },
    };
    sandboxes[spec.key] = info;
    servers.push(...(spec.appServers?.(info) ?? appServersFor(info)));
  }
  return { running, sandboxes, servers };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const appPort = await freePort();
  const appOrigin = `http://127.0.0.1:${appPort}`;
  const { running, sandboxes, servers } = await startAll(appOrigin);
  const [sandbox, ...others] = running;
  if (sandbox === undefined) throw new Error("sandboxes.ts lists no sandbox");

  const outDir = mkdtempSync(path.join(tmpdir(), "ccda-viewer-e2e-"));
  process.env.VITE_SANDBOX_FHIR_BASE = sandbox.fhirBase;
  if (others.length > 0) process.env.VITE_ISS_ALLOWLIST = others.map((other) => other.fhirBase).join(",");
  await build({ root, logLevel: "warn", build: { outDir, emptyOutDir: true, sourcemap: false } });
  // After the build (which copied public/config.json): the deployment's own file replaces the shipped one.
  writeFileSync(path.join(outDir, "config.json"), JSON.stringify({ servers }, null, 2));
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
