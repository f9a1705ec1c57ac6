import { describe, expect, it } from "vitest";
import { isIssAllowed } from "../../../src/launch/iss-allow-list";

const allowList = ["http://127.0.0.1:4010/fhir", "https://fhir-ehr.cerner.com"];

describe("isIssAllowed", () => {
  it.each([
    "http://127.0.0.1:4010/fhir",
    "http://127.0.0.1:4010/fhir/",
    "http://127.0.0.1:4010/fhir/tenant-a",
    "https://fhir-ehr.cerner.com/r4/ec2458f2-1e24-41c8-b71b-0e701af7583d",
  ])("trusts %s", (iss) => {
    expect(isIssAllowed(iss, allowList)).toBe(true);
  });

  it.each([
    ["another port", "http://127.0.0.1:4011/fhir"],
    ["a sibling path", "http://127.0.0.1:4010/fhir-evil"],
    ["a parent path", "http://127.0.0.1:4010/"],
    ["another scheme", "http://fhir-ehr.cerner.com/r4/x"],
    ["a look-alike host", "https://fhir-ehr.cerner.com.evil.example/r4"],
    ["credentials in the URL", "https://user:pw@fhir-ehr.cerner.com/r4"],
    ["a non-http URL", "javascript:alert(1)"],
    ["garbage", "not a url"],
  ])("refuses %s", (_why, iss) => {
    expect(isIssAllowed(iss, allowList)).toBe(false);
  });

  it("trusts nothing with an empty list", () => {
    expect(isIssAllowed("http://127.0.0.1:4010/fhir", [])).toBe(false);
  });
});
