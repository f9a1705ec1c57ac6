// @vitest-environment node
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/** `npm run sandbox` (sandbox/main.ts) as a real child process configured through its environment. */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

function startCli(env: Record<string, string>): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ["--import", "tsx", "sandbox/main.ts"], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
  });
}

function exitOf(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  return new Promise((resolve) =>
    child.once("exit", (code) => {
      resolve(code);
    }),
  );
}

function fhirBaseFrom(child: ChildProcessWithoutNullStreams): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString("utf8");
      const match = /FHIR base:\s+(\S+)/.exec(out);
      if (match?.[1] !== undefined) resolve(match[1]);
    });
    child.once("exit", (code) => {
      reject(new Error(`sandbox exited early (${String(code)}): ${out}`));
    });
  });
}

describe("sandbox CLI", () => {
  let child: ChildProcessWithoutNullStreams;
  let fhirBase: string;
  beforeAll(async () => {
    child = startCli({ SANDBOX_PORT: "0", SANDBOX_QUIET: "1", APP_ORIGIN: "http://localhost:9999" });
    fhirBase = await fhirBaseFrom(child);
  });
  afterAll(() => {
    if (child.exitCode === null) child.kill("SIGKILL");
  });

  it("prints its URLs, serves discovery and launches into APP_ORIGIN", async () => {
    const config = (await (await fetch(`${fhirBase}/.well-known/smart-configuration`)).json()) as {
      issuer: string;
    };
    expect(config.issuer).toBe(fhirBase);
    const ehr = await (await fetch(fhirBase.replace(/\/fhir$/, "/ehr"))).text();
    const launchPath = /href="(\/ehr\/launch\?patient=[^"]+)"/.exec(ehr)?.[1] ?? "";
    const launch = await fetch(fhirBase.replace(/\/fhir$/, launchPath.replaceAll("&amp;", "&")), {
      redirect: "manual",
    });
    expect(launch.status).toBe(302);
    expect(launch.headers.get("location")).toMatch(/^http:\/\/localhost:9999\/launch\?iss=/);
  });

  it("stops cleanly on SIGTERM", async () => {
    const exited = exitOf(child);
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
  });

  it("refuses a bad environment with a clear message and exit code 1", async () => {
    const bad = startCli({ SANDBOX_PORT: "0", SANDBOX_SCALE: "pages:3" });
    let stderr = "";
    bad.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    expect(await exitOf(bad)).toBe(1);
    expect(stderr).toContain("SANDBOX_SCALE");
  });
});
