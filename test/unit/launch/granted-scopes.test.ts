import { describe, expect, it } from "vitest";
import { checkGrantedScopes, grants, parseResourceScope } from "../../../src/launch/granted-scopes";

const V1 =
  "launch openid fhirUser online_access patient/Patient.read patient/DocumentReference.read patient/Binary.read";
const V2 =
  "launch openid fhirUser online_access patient/Patient.rs patient/DocumentReference.rs patient/Binary.r";

describe("grants", () => {
  it.each([
    ["patient/DocumentReference.read", "DocumentReference", "search", true],
    ["patient/*.read", "Binary", "read", true],
    ["user/*.*", "Binary", "read", true],
    ["patient/DocumentReference.rs", "DocumentReference", "search", true],
    ["patient/DocumentReference.r", "DocumentReference", "search", false],
    ["patient/DocumentReference.s", "DocumentReference", "read", false],
    ["user/Binary.cruds", "Binary", "read", true],
    ["patient/DocumentReference.rs?category=clinical-note", "DocumentReference", "search", true],
    ["patient/Binary.write", "Binary", "read", false],
    ["system/Binary.read", "Binary", "read", false],
    ["patient/Observation.read", "Binary", "read", false],
    ["patient/Binary.rsx", "Binary", "read", false],
  ] as const)("%s grants %s %s: %s", (scope, resource, need, expected) => {
    expect(grants(scope, resource, need)).toBe(expected);
  });

  it("parses the syntax of each form", () => {
    expect(parseResourceScope("patient/Binary.read")?.syntax).toBe("v1");
    expect(parseResourceScope("patient/Binary.r")?.syntax).toBe("v2");
    expect(parseResourceScope("openid")).toBeUndefined();
  });
});

describe("checkGrantedScopes", () => {
  it("finds nothing missing when everything was granted, in either syntax", () => {
    expect(checkGrantedScopes(V1, V1).missing).toEqual([]);
    expect(checkGrantedScopes(V2, V2).missing).toEqual([]);
    // No scope in the token response means "as requested" (RFC 6749 §5.1).
    expect(checkGrantedScopes(V1, undefined).missing).toEqual([]);
  });

  it("names a trimmed Binary scope in the server's syntax, marked as requested", () => {
    const report = checkGrantedScopes(V2, V2.replace(" patient/Binary.r", ""));
    expect(report.missing).toEqual([
      { resource: "Binary", need: "read", scope: "patient/Binary.r", requested: true },
    ]);
    expect(report.v1DroppedByV2Server).toBe(false);
  });

  it("recognises a v2 registration that silently dropped every v1 scope (Oracle Health)", () => {
    const report = checkGrantedScopes(V1, "launch openid fhirUser online_access");
    expect(report.missing.map((missing) => missing.scope)).toEqual([
      "patient/DocumentReference.read",
      "patient/Binary.read",
    ]);
    expect(report.v1DroppedByV2Server).toBe(true);
  });

  it("says when the configuration never asked for a scope, keeping the user/ context it uses", () => {
    const requested = "launch openid user/DocumentReference.read";
    const report = checkGrantedScopes(requested, requested);
    expect(report.missing).toEqual([
      { resource: "Binary", need: "read", scope: "user/Binary.read", requested: false },
    ]);
  });

  it("asks for .rs when only DocumentReference read (no search) was granted in v2", () => {
    const report = checkGrantedScopes(V2, V2.replace("DocumentReference.rs", "DocumentReference.r"));
    expect(report.missing[0]).toMatchObject({
      resource: "DocumentReference",
      need: "search",
      scope: "patient/DocumentReference.rs",
    });
  });
});
