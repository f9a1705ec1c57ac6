import { describe, expect, it } from "vitest";
import { DEFAULT_SCOPE } from "../../../src/config/app-config";
import { buildScope } from "../../../src/launch/scopes";

describe("buildScope", () => {
  it("puts `launch` first for an EHR launch", () => {
    expect(buildScope("ehr", DEFAULT_SCOPE)).toBe(
      "launch openid fhirUser online_access patient/Patient.read patient/DocumentReference.read patient/Binary.read",
    );
  });

  it("uses `launch/patient` for a standalone launch", () => {
    const words = buildScope("standalone", DEFAULT_SCOPE).split(" ");
    expect(words[0]).toBe("launch/patient");
    expect(words).not.toContain("launch");
    expect(words).toContain("patient/DocumentReference.read");
  });

  it("does not repeat the launch scope", () => {
    expect(buildScope("ehr", "launch  openid")).toBe("launch openid");
  });
});
