import { describe, expect, it } from "vitest";
import { UnsafeUrlError } from "../../../src/fhir/fhir-http-error";
import { resolveUnderFhirBase } from "../../../src/fhir/url-policy";

const BASE = "https://fhir-ehr.cerner.com/r4/tenant-1";

describe("resolveUnderFhirBase", () => {
  it("resolves relative URLs against the FHIR base", () => {
    expect(resolveUnderFhirBase("Binary/b-1", BASE)).toBe(`${BASE}/Binary/b-1`);
    expect(resolveUnderFhirBase("Binary/b-1", `${BASE}/`)).toBe(`${BASE}/Binary/b-1`);
  });

  it("keeps absolute URLs under the base exactly as written", () => {
    const url = `${BASE}/Binary/$autogen-ccd-if?patient=12724066&_since=2019-01-01T00:00:00Z`;
    expect(resolveUnderFhirBase(url, BASE)).toBe(url);
  });

  it("returns the resolved form of an absolute URL whose scheme fhirclient would not see as absolute", () => {
    // fhirclient prefixes anything not matching /^http/ with the base; the result must be usable as is.
    expect(resolveUnderFhirBase("HTTPS://FHIR-EHR.cerner.com/r4/tenant-1/Binary/b-1", BASE)).toBe(
      `${BASE}/Binary/b-1`,
    );
    expect(resolveUnderFhirBase(" https://fhir-ehr.cerner.com/r4/tenant-1/Binary/b-1", BASE)).toBe(
      `${BASE}/Binary/b-1`,
    );
  });

  it("refuses an uppercase scheme pointing elsewhere", () => {
    expect(() => resolveUnderFhirBase("HTTPS://attacker.example/r4/tenant-1/Binary/x", BASE)).toThrow(
      UnsafeUrlError,
    );
  });

  it.each([
    ["another host", "https://attacker.example/r4/tenant-1/Binary/x", "attacker.example"],
    [
      "another tenant on the same host",
      "https://fhir-ehr.cerner.com/r4/tenant-2/Binary/x",
      "fhir-ehr.cerner.com",
    ],
    [
      "a path that only starts like the base",
      "https://fhir-ehr.cerner.com/r4/tenant-1-evil/Binary/x",
      "fhir-ehr.cerner.com",
    ],
    ["another scheme", "http://fhir-ehr.cerner.com/r4/tenant-1/Binary/x", "fhir-ehr.cerner.com"],
    ["another port", "https://fhir-ehr.cerner.com:8443/r4/tenant-1/Binary/x", "fhir-ehr.cerner.com:8443"],
    ["a root-relative path outside the base", "/other/Binary/x", "fhir-ehr.cerner.com"],
    ["dot segments climbing out", "../tenant-2/Binary/x", "fhir-ehr.cerner.com"],
    ["a protocol-relative URL", "//attacker.example/Binary/x", "attacker.example"],
  ])("refuses %s and names the host", (_why, url, host) => {
    expect(() => resolveUnderFhirBase(url, BASE)).toThrow(UnsafeUrlError);
    expect(() => resolveUnderFhirBase(url, BASE)).toThrow(
      `This document is stored on another server (${host}); it was not fetched so your sign-in is not sent there.`,
    );
  });

  it("refuses credentials smuggled into an otherwise matching URL", () => {
    expect(() => resolveUnderFhirBase("https://u:p@fhir-ehr.cerner.com/r4/tenant-1/Binary/x", BASE)).toThrow(
      UnsafeUrlError,
    );
  });
});
