/**
 * The sandboxes the end-to-end run starts, one per entry, each on its own free port of 127.0.0.1. The first is
 * the development sandbox the app is built against; the others are added to the built app's configuration so
 * that it trusts and can launch against them. Tests find a sandbox by key: `sandbox("main")` in flows.ts.
 * Add an entry here (and nothing in global-setup.ts) to give a test its own server.
 */
import type { SandboxOptions } from "../../sandbox/server";
import type { E2eSandboxInfo } from "./app-servers";

export interface E2eSandboxSpec {
  /** How tests refer to it. */
  key: string;
  /** The server's name in the app's configuration (what the start page shows). */
  name: string;
  /** Options for startSandbox, without host, port and appOrigin (the global setup sets those). */
  options?: () => Promise<Omit<SandboxOptions, "host" | "port" | "appOrigin">>;
  /** The app's config.json server entries for it (default: app-servers.ts, by the sandbox's profile). */
  appServers?: (sandbox: E2eSandboxInfo) => Record<string, unknown>[];
}

export const E2E_SANDBOXES: readonly E2eSandboxSpec[] = [
  { key: "main", name: "Development sandbox" },
  // Vendor profiles (sandbox/profiles/README.md); `fhirBase` is the provider base, Millennium's patient base differs.
  {
    key: "soarian",
    name: "Oracle Health Soarian",
    options: () => Promise.resolve({ profile: "oracle-soarian" }),
  },
  {
    key: "millennium",
    name: "Oracle Health Millennium",
    options: () => Promise.resolve({ profile: "oracle-millennium" }),
  },
  { key: "epic", name: "Epic", options: () => Promise.resolve({ profile: "epic" }) },
  // Hostile C-CDAs of every attack class (test/security/hostile-docs.ts) served as Binary, for hostile.e2e.ts.
  {
    key: "hostile",
    name: "Hostile documents sandbox",
    options: async () => {
      const { writeHostileDocsDir } = await import("../security/hostile-dir");
      return { datasetOptions: { docsDir: writeHostileDocsDir() } };
    },
  },
];
