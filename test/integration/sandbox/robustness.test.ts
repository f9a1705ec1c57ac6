// @vitest-environment node
import { describe, expect, it, vi } from "vitest";
import { AVA, buildFixtureDataset } from "./fixture-dataset";
import {
  APP_ORIGIN,
  expectOutcome,
  fhirGet,
  launchToToken,
  postForm,
  sandboxForFile,
  startTestSandbox,
} from "./sandbox-client";

const sb = sandboxForFile(() => {
  const dataset = buildFixtureDataset();
  // A dataset that breaks on search: the server must answer a clean 500, not crash or leak a stack trace.
  Object.defineProperty(dataset, "documentReferences", {
    get(): never {
      throw new Error("boom: secret internal detail");
    },
  });
  return startTestSandbox({ dataset });
});

describe("failure containment", () => {
  it("turns an unexpected error into a 500 OperationOutcome without internals, and logs it to stderr", async () => {
    const stderr = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const { access_token } = await launchToToken(sb, AVA);
      const response = await fhirGet(sb, `DocumentReference?patient=${AVA}`, access_token, {
        origin: APP_ORIGIN,
      });
      expect(response.headers.get("access-control-allow-origin")).toBe(APP_ORIGIN);
      const outcome = await expectOutcome(response, 500);
      expect(JSON.stringify(outcome)).not.toMatch(/boom|secret|at .*\.ts/);
      expect(stderr).toHaveBeenCalled();
      // The server is still up.
      expect((await fhirGet(sb, `Patient/${AVA}`, access_token)).status).toBe(200);
    } finally {
      stderr.mockRestore();
    }
  });

  it("refuses oversized bodies at the token endpoint", async () => {
    const response = await postForm(`${sb.origin}/auth/token`, { grant_type: "x".repeat(70_000) });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: string }).error).toBe("invalid_request");
  });
});
