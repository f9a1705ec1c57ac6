import { describe, expect, it } from "vitest";
import { docParamOf, urlWithDoc } from "../../../../src/features/document-list/use-doc-param";

describe("the doc URL parameter", () => {
  it("reads a FHIR id and ignores anything that is not one", () => {
    expect(docParamOf("?doc=dr-ava-reyes-17-v2")).toBe("dr-ava-reyes-17-v2");
    expect(docParamOf("?doc=")).toBeUndefined();
    expect(docParamOf("?doc=a%20b")).toBeUndefined();
    expect(docParamOf(`?doc=${"x".repeat(65)}`)).toBeUndefined();
    expect(docParamOf("?other=1")).toBeUndefined();
  });

  it("sets and removes only its own parameter", () => {
    expect(urlWithDoc("https://app.test/viewer?x=1", "d1")).toBe("https://app.test/viewer?x=1&doc=d1");
    expect(urlWithDoc("https://app.test/viewer?doc=d1&x=1", "d2")).toBe("https://app.test/viewer?doc=d2&x=1");
    expect(urlWithDoc("https://app.test/viewer?doc=d1", undefined)).toBe("https://app.test/viewer");
  });
});
