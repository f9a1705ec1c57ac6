// @vitest-environment node
import { describe, expect, it } from "vitest";
import { SandboxConfigError, sandboxOptionsFromEnv } from "../../../sandbox/env-options";

describe("sandboxOptionsFromEnv", () => {
  it("reads every setting", () => {
    expect(
      sandboxOptionsFromEnv({
        SANDBOX_PORT: "0",
        APP_ORIGIN: "http://localhost:3000/some/path",
        TOKEN_LIFETIME: "60",
        SANDBOX_DOCS: "/tmp/docs",
        SANDBOX_SCALE: "docs:500, bytes:5000000",
        SANDBOX_QUIET: "1",
      }),
    ).toEqual({
      port: 0,
      appOrigin: "http://localhost:3000",
      tokenLifetimeSeconds: 60,
      quiet: true,
      datasetOptions: {
        docsDir: "/tmp/docs",
        scale: { extraDocumentsPerPatient: 500, largeDocumentBytes: 5_000_000 },
      },
    });
  });

  it("leaves defaults to the server when nothing is set", () => {
    expect(sandboxOptionsFromEnv({})).toEqual({ quiet: false });
  });

  it.each([
    { SANDBOX_PORT: "70000" },
    { SANDBOX_PORT: "abc" },
    { TOKEN_LIFETIME: "0" },
    { APP_ORIGIN: "not a url" },
    { SANDBOX_SCALE: "pages:3" },
    { SANDBOX_SCALE: "docs:-1" },
  ])("refuses %o with a SandboxConfigError", (env) => {
    expect(() => sandboxOptionsFromEnv(env)).toThrow(SandboxConfigError);
  });
});
