/**
 * The sandboxes the end-to-end run starts, one per entry, each on its own free port of 127.0.0.1. The first is
 * the development sandbox the app is built against; the others are added to the built app's configuration so
 * that it trusts and can launch against them. Tests find a sandbox by key: `sandbox("main")` in flows.ts.
 * Add an entry here (and nothing in global-setup.ts) to give a test its own server.
 */
import type { SandboxOptions } from "../../sandbox/server";

export interface E2eSandboxSpec {
  /** How tests refer to it. */
  key: string;
  /** The server's name in the app's configuration (what the start page shows). */
  name: string;
  /** Options for startSandbox, without host, port and appOrigin (the global setup sets those). */
  options?: () => Promise<Omit<SandboxOptions, "host" | "port" | "appOrigin">>;
}

export const E2E_SANDBOXES: readonly E2eSandboxSpec[] = [{ key: "main", name: "Development sandbox" }];
