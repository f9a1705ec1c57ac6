/**
 * Production builds served by `vite preview`, made programmatically like test/e2e/global-setup.ts does:
 * the bench page (its own root, no config file) and the app (the repository's vite.config.ts with its CSP).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { build, preview, type InlineConfig } from "vite";
import { freePort } from "../e2e/free-port";

export interface ServedBuild {
  origin: string;
  outDir: string;
  close(): Promise<void>;
}

/** Builds `root` into a temporary folder and serves it on 127.0.0.1 (on `port`, else a free one). */
export async function buildAndServe(
  root: string,
  options: { useConfigFile: boolean; port?: number; minify?: boolean },
): Promise<ServedBuild> {
  const outDir = mkdtempSync(path.join(tmpdir(), "ccda-viewer-bench-"));
  const base: InlineConfig = {
    root,
    logLevel: "error",
    ...(options.useConfigFile ? {} : { configFile: false }),
  };
  const minify = options.minify ?? true;
  await build({ ...base, build: { outDir, emptyOutDir: true, sourcemap: false, minify } });
  const port = options.port ?? (await freePort());
  const server = await preview({
    ...base,
    build: { outDir },
    preview: { host: "127.0.0.1", port, strictPort: true },
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    outDir,
    close: async () => {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
