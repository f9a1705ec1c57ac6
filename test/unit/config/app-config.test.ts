import { describe, expect, it } from "vitest";
import {
  ConfigError,
  DEFAULT_CLIENT_ID,
  DEFAULT_SANDBOX_FHIR_BASE,
  DEFAULT_SCOPE,
  parseConfig,
} from "../../../src/config/app-config";

describe("parseConfig", () => {
  it("defaults to the sandbox, the registered client id and the contract's scopes", () => {
    const config = parseConfig({});
    expect(config.clientId).toBe(DEFAULT_CLIENT_ID);
    expect(config.servers).toEqual([
      expect.objectContaining({
        name: "Development sandbox",
        fhirBase: DEFAULT_SANDBOX_FHIR_BASE,
        clientId: DEFAULT_CLIENT_ID,
        scope: DEFAULT_SCOPE,
        scopeSyntax: "v1",
        perWindowSession: false,
        minRefreshIntervalSeconds: 60,
        standalone: true,
      }),
    ]);
    expect(config.issAllowList).toEqual([DEFAULT_SANDBOX_FHIR_BASE]);
    expect(config.scope.split(" ")).toEqual(
      expect.arrayContaining(["openid", "fhirUser", "online_access", "patient/Binary.read"]),
    );
  });

  it("freezes the result", () => {
    const config = parseConfig({});
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.servers)).toBe(true);
    expect(Object.isFrozen(config.servers[0])).toBe(true);
  });

  it("reads servers from JSON with per-server client ids and scopes, trimming trailing slashes", () => {
    const config = parseConfig({
      VITE_CLIENT_ID: "my-app",
      VITE_FHIR_SERVERS: JSON.stringify([
        { name: "Cerner", fhirBase: "https://fhir-ehr.cerner.com/r4/tenant/", clientId: "cerner-id" },
        { name: "Epic", fhirBase: "https://epic.example/api/FHIR/R4", scope: "openid patient/*.read" },
      ]),
    });
    expect(config.servers).toEqual([
      expect.objectContaining({
        name: "Cerner",
        fhirBase: "https://fhir-ehr.cerner.com/r4/tenant",
        clientId: "cerner-id",
        scope: DEFAULT_SCOPE,
      }),
      expect.objectContaining({
        name: "Epic",
        fhirBase: "https://epic.example/api/FHIR/R4",
        clientId: "my-app",
        scope: "openid patient/*.read",
      }),
    ]);
    // Configured servers replace the default sandbox in the allow-list.
    expect(config.issAllowList).toEqual([
      "https://fhir-ehr.cerner.com/r4/tenant",
      "https://epic.example/api/FHIR/R4",
    ]);
  });

  it("adds VITE_ISS_ALLOWLIST entries and keeps an explicitly configured sandbox", () => {
    const config = parseConfig({
      VITE_SANDBOX_FHIR_BASE: "http://127.0.0.1:9999/fhir",
      VITE_FHIR_SERVERS: '[{"name":"A","fhirBase":"https://a.example/fhir"}]',
      VITE_ISS_ALLOWLIST: " https://fhir-ehr.cerner.com , https://b.example/r4/ ",
    });
    expect(config.issAllowList).toEqual([
      "http://127.0.0.1:9999/fhir",
      "https://a.example/fhir",
      "https://fhir-ehr.cerner.com",
      "https://b.example/r4",
    ]);
  });

  it("uses VITE_SCOPES as the data scope, in the syntax VITE_SCOPE_SYNTAX names", () => {
    expect(parseConfig({ VITE_SCOPES: "  openid   patient/*.read " }).scope).toBe("openid patient/*.read");
    const v2 = parseConfig({ VITE_SCOPES: "openid patient/*.rs", VITE_SCOPE_SYNTAX: "v2" });
    expect(v2.scope).toBe("openid patient/*.rs");
    expect(v2.servers[0]?.scopeSyntax).toBe("v2");
  });

  it("builds the default data scopes in v2 syntax for a v2 server (Binary.r, DocumentReference.rs)", () => {
    const config = parseConfig({
      VITE_FHIR_SERVERS: '[{"name":"M","fhirBase":"https://m.example/r4/t","scopeSyntax":"v2"}]',
    });
    expect(config.servers[0]?.scope.split(" ")).toEqual(
      expect.arrayContaining(["patient/DocumentReference.rs", "patient/Binary.r", "online_access"]),
    );
    expect(config.servers[0]?.scope).not.toMatch(/\.read\b/);
  });

  it.each([
    [{ VITE_FHIR_SERVERS: "not json" }, /not valid JSON/],
    [{ VITE_FHIR_SERVERS: "{}" }, /must be a JSON array/],
    [{ VITE_FHIR_SERVERS: "[]" }, /at least one server/],
    [{ VITE_FHIR_SERVERS: '[{"fhirBase":"https://a.example"}]' }, /\[0\]\.name is required/],
    [{ VITE_FHIR_SERVERS: '[{"name":"A","fhirBase":"ftp://a.example"}]' }, /must use http or https/],
    [{ VITE_SANDBOX_FHIR_BASE: "relative/fhir" }, /VITE_SANDBOX_FHIR_BASE.*not an absolute URL/],
    [{ VITE_ISS_ALLOWLIST: "https://ok.example,nope" }, /VITE_ISS_ALLOWLIST/],
    [{ VITE_SCOPES: "launch openid" }, /must not contain launch scopes/],
    [{ VITE_SCOPES: "launch/patient openid" }, /must not contain launch scopes/],
    [{ VITE_SCOPES: "openid patient/Binary.rs" }, /SMART v2 syntax but the server is configured for v1/],
    [{ VITE_SCOPES: "openid patient/Binary.read", VITE_SCOPE_SYNTAX: "v2" }, /write \.r \/ \.rs/],
    [{ VITE_SCOPE_SYNTAX: "3" }, /VITE_SCOPE_SYNTAX: must be "v1" or "v2"/],
    [{ VITE_SCOPES: "patient/Binary.rsx" }, /not a SMART resource scope/],
    [
      {
        VITE_FHIR_SERVERS:
          '[{"name":"A","fhirBase":"https://a.example"},{"name":"B","fhirBase":"https://a.example/"}]',
      },
      /lists https:\/\/a\.example twice/,
    ],
  ])("rejects %j", (env, message) => {
    expect(() => parseConfig(env)).toThrow(ConfigError);
    expect(() => parseConfig(env)).toThrow(message);
  });
});
