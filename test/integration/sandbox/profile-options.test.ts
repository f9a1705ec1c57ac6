// @vitest-environment node
import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SandboxConfigError, sandboxOptionsFromEnv } from "../../../sandbox/env-options";
import { startSandbox } from "../../../sandbox/server";
import { AVA } from "./fixture-dataset";
import { APP_ORIGIN, get, launchToToken, startTestSandbox } from "./sandbox-client";

describe("profile and latency settings", () => {
  it("reads SANDBOX_PROFILE and SANDBOX_LATENCY_MS", () => {
    expect(
      sandboxOptionsFromEnv({ SANDBOX_PROFILE: "oracle-millennium", SANDBOX_LATENCY_MS: "250" }),
    ).toEqual({
      quiet: false,
      profile: "oracle-millennium",
      latencyMs: 250,
    });
  });

  it.each([{ SANDBOX_PROFILE: "cerner" }, { SANDBOX_LATENCY_MS: "-5" }, { SANDBOX_LATENCY_MS: "fast" }])(
    "refuses %o",
    (env) => {
      expect(() => sandboxOptionsFromEnv(env)).toThrow(SandboxConfigError);
    },
  );

  it("defaults to strict-smart with one base for both personas", async () => {
    const sb = await startTestSandbox();
    try {
      expect(sb.profile).toBe("strict-smart");
      expect(sb.personas).toEqual({ provider: `${sb.origin}/fhir`, patient: `${sb.origin}/fhir` });
      expect(await (await get(`${sb.origin}/ehr`)).text()).toContain("strict-smart");
    } finally {
      await sb.close();
    }
  });

  it("delays every FHIR and token response by latencyMs", async () => {
    const latencyMs = 300;
    const sb = await startTestSandbox({ latencyMs });
    try {
      const timed = async (run: () => Promise<unknown>): Promise<number> => {
        const started = performance.now();
        await run();
        return performance.now() - started;
      };
      // Lower bounds only: a slow machine can make a call longer, never shorter than the added delay.
      const token = await launchToToken(sb, AVA);
      expect(await timed(() => get(`${sb.fhirBase}/metadata`))).toBeGreaterThanOrEqual(latencyMs - 5);
      expect(
        await timed(() =>
          get(`${sb.fhirBase}/Patient/${AVA}`, { authorization: `Bearer ${token.access_token}` }),
        ),
      ).toBeGreaterThanOrEqual(latencyMs - 5);
      expect(await timed(() => fetch(`${sb.origin}/auth/token`, { method: "POST" }))).toBeGreaterThanOrEqual(
        latencyMs - 5,
      );
      expect(token.scope).toContain("launch");
    } finally {
      await sb.close();
    }
  });

  it("starts every profile with its generated dataset", async () => {
    for (const profile of ["oracle-soarian", "oracle-millennium", "epic"] as const) {
      const sb = await startSandbox({ port: 0, quiet: true, appOrigin: APP_ORIGIN, profile });
      try {
        const page = await (await get(`${sb.origin}/ehr`)).text();
        expect(page).toContain(profile);
        expect(page).toContain(`iss=${sb.fhirBase}`);
        expect((await get(`${sb.fhirBase}/.well-known/smart-configuration`)).status).toBe(200);
        expect((await get(`${sb.origin}/fhir/metadata`)).status).toBe(404);
      } finally {
        await sb.close();
      }
    }
  });

  it("npm run sandbox prints both Millennium persona bases and serves them", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "sandbox/main.ts"], {
      cwd: path.resolve(import.meta.dirname, "../../.."),
      env: { ...process.env, SANDBOX_PORT: "0", SANDBOX_QUIET: "1", SANDBOX_PROFILE: "oracle-millennium" },
    });
    try {
      const out = await new Promise<string>((resolve, reject) => {
        let text = "";
        child.stdout.on("data", (chunk: Buffer) => {
          text += chunk.toString("utf8");
          if (/patient persona/.test(text)) resolve(text);
        });
        child.once("exit", (code) => {
          reject(new Error(`sandbox exited early (${String(code)}): ${text}`));
        });
      });
      expect(out).toContain("Profile:        oracle-millennium");
      const patientBase = /(\S+) \(patient persona/.exec(out)?.[1] ?? "";
      expect(patientBase).toMatch(/\/fhir-myrecord\/r4\/[0-9a-f-]+$/);
      const config = (await (await get(`${patientBase}/.well-known/smart-configuration`)).json()) as {
        authorization_endpoint: string;
      };
      expect(config.authorization_endpoint).toMatch(/personas\/patient\/authorize$/);
    } finally {
      child.kill("SIGKILL");
    }
  });
});
