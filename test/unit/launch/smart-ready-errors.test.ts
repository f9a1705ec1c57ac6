import { beforeEach, describe, expect, it, vi } from "vitest";

const ready = vi.fn<() => Promise<unknown>>();
vi.mock("fhirclient", () => ({ default: { oauth2: { ready, authorize: vi.fn() } } }));

const { getSmartSession, resetSmartSessionForTests } = await import("../../../src/launch/smart-ready");

beforeEach(() => {
  ready.mockReset();
  resetSmartSessionForTests();
  window.history.replaceState({}, "", "/viewer");
});

describe("getSmartSession failures", () => {
  it("asks for a launch when the page was opened directly", async () => {
    ready.mockRejectedValue(new Error("No 'state' parameter found. Please (re)launch the app."));
    await expect(getSmartSession()).rejects.toMatchObject({ name: "LaunchError", kind: "needs-launch" });
  });

  it("reports the authorization server's error and description", async () => {
    window.history.replaceState({}, "", "/viewer?error=access_denied&error_description=Denied%20by%20user");
    ready.mockRejectedValue(new Error("access_denied: Denied by user"));
    await expect(getSmartSession()).rejects.toMatchObject({
      kind: "oauth-error",
      oauthError: "access_denied",
      oauthDescription: "Denied by user",
    });
  });

  it("refuses a client without an access token (a server without SMART endpoints)", async () => {
    ready.mockResolvedValue({
      state: { serverUrl: "https://open.example/fhir", tokenResponse: {} },
      patient: { id: "p" },
      encounter: { id: null },
      user: { fhirUser: null },
    });
    await expect(getSmartSession()).rejects.toMatchObject({ kind: "discovery-failed" });
  });

  it("asks for a launch when the token response has no patient", async () => {
    ready.mockResolvedValue({
      state: { serverUrl: "https://ehr.example/fhir", tokenResponse: { access_token: "t" } },
      patient: { id: null },
      encounter: { id: null },
      user: { fhirUser: null },
    });
    await expect(getSmartSession()).rejects.toMatchObject({ kind: "needs-launch" });
  });

  it("calls ready() once even after a failure (no second code exchange)", async () => {
    ready.mockRejectedValue(new Error("boom"));
    await expect(getSmartSession()).rejects.toMatchObject({ kind: "unknown" });
    await expect(getSmartSession()).rejects.toMatchObject({ kind: "unknown" });
    expect(ready).toHaveBeenCalledTimes(1);
  });
});
