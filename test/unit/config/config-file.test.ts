import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../../../src/config/app-config";
import { applyConfigFile } from "../../../src/config/config-file";

const env = parseConfig({ VITE_SANDBOX_FHIR_BASE: "http://127.0.0.1:4010/fhir" });

const millennium = {
  name: "Millennium (provider)",
  fhirBase: "https://fhir-ehr.cerner.com/r4/ten/",
  clientId: "abc-123",
  scopeSyntax: "v2",
  persona: "provider",
  perWindowSession: true,
  minRefreshIntervalSeconds: 90,
  connectOrigins: ["https://authorization.cerner.com/tenants/ten"],
  redirectUri: "https://viewer.example.org/viewer/",
  standalone: false,
};

describe("applyConfigFile", () => {
  it("keeps the build-time configuration when the file has no servers", () => {
    expect(applyConfigFile({ $comment: "nothing yet" }, env)).toEqual(env);
  });

  it("replaces the servers with the file's, per issuer, keeping the build's trusted issuers", () => {
    const config = applyConfigFile(
      { servers: [millennium, { name: "Epic", fhirBase: "https://epic.example/R4" }] },
      env,
    );
    expect(config.servers).toHaveLength(2);
    expect(config.servers[0]).toEqual({
      name: "Millennium (provider)",
      fhirBase: "https://fhir-ehr.cerner.com/r4/ten",
      clientId: "abc-123",
      scope: "openid fhirUser online_access patient/Patient.rs patient/DocumentReference.rs patient/Binary.r",
      scopeSyntax: "v2",
      persona: "provider",
      // Kept exactly as registered: Oracle Health compares redirect URIs character for character.
      redirectUri: "https://viewer.example.org/viewer/",
      perWindowSession: true,
      minRefreshIntervalSeconds: 90,
      connectOrigins: ["https://authorization.cerner.com"],
      standalone: false,
    });
    expect(config.servers[1]?.clientId).toBe(env.clientId);
    expect(config.servers[1]?.scope).toContain("patient/Binary.read");
    expect(config.issAllowList).toEqual([
      "http://127.0.0.1:4010/fhir",
      "https://fhir-ehr.cerner.com/r4/ten",
      "https://epic.example/R4",
    ]);
  });

  it("applies the file's clientId, scope and scopeSyntax to servers that do not set their own", () => {
    const config = applyConfigFile(
      {
        clientId: "shared",
        scopeSyntax: "v2",
        scope: "openid patient/*.rs",
        issAllowList: ["https://other.example"],
        servers: [{ name: "A", fhirBase: "https://a.example/r4" }],
      },
      env,
    );
    expect(config.servers[0]).toMatchObject({
      clientId: "shared",
      scope: "openid patient/*.rs",
      scopeSyntax: "v2",
    });
    expect(config.issAllowList).toContain("https://other.example");
  });

  it.each([
    [[], /must hold a JSON object/],
    [{ clinetId: "typo" }, /unknown field "clinetId"/],
    [{ clientId: "x" }, /list the servers too/],
    [{ servers: [] }, /at least one server/],
    [
      { servers: [{ name: "A", fhirBase: "https://a.example", scopes: "x" }] },
      /\[0\]: unknown field "scopes"/,
    ],
    [
      {
        servers: [
          { name: "A", fhirBase: "https://a.example", scopeSyntax: "v2", scope: "patient/Binary.read" },
        ],
      },
      /v1 syntax/,
    ],
    [{ servers: [{ name: "A", fhirBase: "https://a.example", persona: "doctor" }] }, /persona must be/],
    [
      { servers: [{ name: "A", fhirBase: "https://a.example", redirectUri: "https://x.example/callback" }] },
      /must end in \/viewer/,
    ],
    [
      { servers: [{ name: "A", fhirBase: "https://a.example", minRefreshIntervalSeconds: -1 }] },
      /minRefreshIntervalSeconds/,
    ],
    [
      { servers: [{ name: "A", fhirBase: "https://a.example", perWindowSession: "yes" }] },
      /perWindowSession must be true or false/,
    ],
    [{ servers: [{ name: "A", fhirBase: "https://user:pw@a.example" }] }, /user name or password/],
    [{ issAllowList: "https://a.example" }, /issAllowList" must be an array/],
  ])("refuses %j with a message naming the field", (file, message) => {
    expect(() => applyConfigFile(file, env)).toThrow(ConfigError);
    expect(() => applyConfigFile(file, env)).toThrow(message);
  });
});
