import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { parseConfig } from "../../../src/config/app-config";

const authorize = vi.fn<(options: Record<string, unknown>) => Promise<void>>();
vi.mock("fhirclient", () => ({ default: { oauth2: { authorize, ready: vi.fn() } } }));

const { redirectUri, resetEhrLaunchForTests, startEhrLaunch, startStandaloneLaunch } =
  await import("../../../src/launch/authorize");

const config = parseConfig({});

describe("EHR launch", () => {
  beforeEach(() => {
    authorize.mockReset();
    authorize.mockResolvedValue(undefined);
    resetEhrLaunchForTests();
  });
  afterEach(() => {
    resetEhrLaunchForTests();
  });

  it("authorizes a trusted iss with PKCE, a random state key and an absolute /viewer redirect", async () => {
    await startEhrLaunch("?iss=http%3A%2F%2F127.0.0.1%3A4010%2Ffhir&launch=abc", config);
    expect(authorize).toHaveBeenCalledTimes(1);
    const options = authorize.mock.calls[0]?.[0];
    expect(options).toMatchObject({
      clientId: "ccda-viewer",
      iss: "http://127.0.0.1:4010/fhir",
      launch: "abc",
      pkceMode: "unsafeV1",
      completeInTarget: true,
      redirectUri: `${window.location.origin}/viewer`,
    });
    expect(String(options?.["scope"]).split(" ")[0]).toBe("launch");
    expect(options?.["stateKey"]).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it("refuses an untrusted iss without redirecting anywhere", async () => {
    await expect(
      startEhrLaunch("?iss=https%3A%2F%2Fevil.example%2Ffhir&launch=abc", config),
    ).rejects.toMatchObject({
      kind: "untrusted-iss",
    });
    expect(authorize).not.toHaveBeenCalled();
  });

  it("asks for a launch when iss or launch is missing", async () => {
    await expect(startEhrLaunch("?iss=http%3A%2F%2F127.0.0.1%3A4010%2Ffhir", config)).rejects.toMatchObject({
      kind: "needs-launch",
    });
    expect(authorize).not.toHaveBeenCalled();
  });

  it("redirects once even when called twice (StrictMode effects)", async () => {
    const search = "?iss=http%3A%2F%2F127.0.0.1%3A4010%2Ffhir&launch=abc";
    await Promise.all([startEhrLaunch(search, config), startEhrLaunch(search, config)]);
    expect(authorize).toHaveBeenCalledTimes(1);
  });

  it("turns a discovery failure into a typed LaunchError", async () => {
    authorize.mockRejectedValue(new Error('Failed to fetch the conformance statement from "x". TypeError'));
    await expect(
      startEhrLaunch("?iss=http%3A%2F%2F127.0.0.1%3A4010%2Ffhir&launch=abc", config),
    ).rejects.toMatchObject({ name: "LaunchError", kind: "discovery-failed" });
  });
});

describe("standalone launch", () => {
  it("uses launch/patient and the server as iss, without a launch parameter", async () => {
    authorize.mockReset();
    authorize.mockResolvedValue(undefined);
    const server = config.servers[0]!;
    await startStandaloneLaunch(server);
    const options = authorize.mock.calls[0]?.[0];
    expect(options).toMatchObject({ iss: server.fhirBase, pkceMode: "unsafeV1", completeInTarget: true });
    expect(options).not.toHaveProperty("launch");
    expect(String(options?.["scope"]).split(" ")).toContain("launch/patient");
  });
});

describe("redirectUri", () => {
  it("is absolute on the given origin", () => {
    expect(redirectUri("http://127.0.0.1:5173")).toBe("http://127.0.0.1:5173/viewer");
  });
});
