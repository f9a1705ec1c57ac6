import { describe, expect, it } from "vitest";
import { parseConfig } from "../../../src/config/app-config";
import { applyConfigFile } from "../../../src/config/config-file";
import { connectOrigins } from "../../../src/config/connect-origins";

describe("connectOrigins", () => {
  it("lists the origin of every FHIR base, trusted iss and declared extra origin, once, sorted", () => {
    const env = parseConfig({ VITE_ISS_ALLOWLIST: "https://fhir-ehr.cerner.com" });
    const config = applyConfigFile(
      {
        servers: [
          {
            name: "Millennium",
            fhirBase: "https://fhir-ehr.cerner.com/r4/t",
            connectOrigins: ["https://authorization.cerner.com"],
          },
          { name: "Patient", fhirBase: "https://fhir-myrecord.cerner.com/r4/t" },
        ],
      },
      env,
    );
    expect(connectOrigins(config)).toEqual([
      "http://127.0.0.1:4010",
      "https://authorization.cerner.com",
      "https://fhir-ehr.cerner.com",
      "https://fhir-myrecord.cerner.com",
    ]);
  });

  it("works on the build-time configuration alone (what vite.config.ts has)", () => {
    expect(connectOrigins(parseConfig({}))).toEqual(["http://127.0.0.1:4010"]);
  });
});
