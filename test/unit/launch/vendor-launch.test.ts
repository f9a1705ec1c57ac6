/** Per-issuer configuration reaching authorize(), and Oracle Health's error_uri-only errors in plain words. */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { parseConfig } from "../../../src/config/app-config";
import { applyConfigFile } from "../../../src/config/config-file";
import { toLaunchError } from "../../../src/launch/launch-error";

const authorize = vi.fn<(options: Record<string, unknown>) => Promise<void>>();
const settings = { fullSessionStorageSupport: true };
vi.mock("fhirclient", () => ({ default: { oauth2: { authorize, ready: vi.fn(), settings } } }));
const { resetEhrLaunchForTests, startEhrLaunch, startStandaloneLaunch } =
  await import("../../../src/launch/authorize");

const PROVIDER = "https://fhir-ehr.example.test/r4/ten";
const config = applyConfigFile(
  {
    servers: [
      {
        name: "Millennium (provider)",
        fhirBase: PROVIDER,
        clientId: "provider-app",
        scopeSyntax: "v2",
        persona: "provider",
        perWindowSession: true,
        redirectUri: "https://viewer.example.org/viewer/",
      },
      {
        name: "Millennium (patient)",
        fhirBase: "https://fhir-myrecord.example.test/r4/ten",
        clientId: "patient-app",
      },
    ],
  },
  parseConfig({}),
);

beforeEach(() => {
  authorize.mockReset();
  authorize.mockResolvedValue(undefined);
  resetEhrLaunchForTests();
});
afterEach(() => {
  settings.fullSessionStorageSupport = true;
});

describe("authorize per issuer", () => {
  it("uses the issuer's client, v2 scopes with an explicit launch, its redirect and a per-window state", async () => {
    await startEhrLaunch(`?iss=${encodeURIComponent(`${PROVIDER}/`)}&launch=L1`, config);
    const options = authorize.mock.calls[0]?.[0];
    expect(options).toMatchObject({
      clientId: "provider-app",
      redirectUri: "https://viewer.example.org/viewer/",
    });
    expect(String(options?.["scope"]).split(" ")).toEqual(
      expect.arrayContaining(["launch", "patient/DocumentReference.rs", "patient/Binary.r"]),
    );
    expect(String(options?.["stateKey"])).toMatch(/^pw-/);
    expect(settings.fullSessionStorageSupport).toBe(false);
  });

  it("keeps ordinary sessions for a server that does not ask for per-window ones", async () => {
    const patient = config.servers[1];
    if (patient === undefined) throw new Error("fixture has two servers");
    await startStandaloneLaunch(patient);
    const options = authorize.mock.calls[0]?.[0];
    expect(options).toMatchObject({
      clientId: "patient-app",
      redirectUri: `${window.location.origin}/viewer`,
    });
    expect(String(options?.["scope"])).toMatch(/^launch\/patient /);
    expect(String(options?.["stateKey"])).not.toMatch(/^pw-/);
    expect(settings.fullSessionStorageSupport).toBe(true);
  });
});

describe("toLaunchError with Oracle Health's error_uri", () => {
  const mismatch =
    "https://authorization.cerner.com/errors/urn%3Acerner%3Aerror%3Aauthorization-server%3Aoauth2%3Agrant%3Aclient-persona-mismatch/instances/1b2c?persona=provider&client=abc&tenant=ten";

  it("explains a persona mismatch and keeps the link", () => {
    const search = `?error=unauthorized_client&error_uri=${encodeURIComponent(mismatch)}&state=s`;
    const error = toLaunchError(new Error("unauthorized_client"), search);
    expect(error.kind).toBe("oauth-error");
    expect(error.oauthError).toBe("unauthorized_client");
    expect(error.oauthErrorUri).toBe(mismatch);
    expect(error.message).toMatch(/registered for a different persona than the provider sign-in/);
    expect(error.message).toMatch(/patient-access base URL/);
  });

  it("names the reason of other error_uri-only errors", () => {
    const uri =
      "https://authorization.cerner.com/errors/urn%3Acerner%3Aerror%3Aauthorization-server%3Aoauth2%3Agrant%3Adenied-by-server/instances/42";
    const error = toLaunchError(new Error("x"), `?error=access_denied&error_uri=${encodeURIComponent(uri)}`);
    expect(error.message).toBe("The sign-in was cancelled or refused. Reason given: denied by server.");
  });

  it("reads a token endpoint error that has no description", () => {
    const error = toLaunchError(
      new Error("400 Bad Request\nURL: https://x.example/token\ninvalid_grant"),
      "",
    );
    expect(error).toMatchObject({ kind: "oauth-error", oauthError: "invalid_grant" });
    expect(error.message).toMatch(/expired or was already used/);
  });
});
