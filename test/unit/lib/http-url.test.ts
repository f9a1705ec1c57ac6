import { describe, expect, it } from "vitest";
import { parseHttpUrl } from "../../../src/lib/http-url";

describe("parseHttpUrl", () => {
  it("accepts absolute http and https URLs", () => {
    expect(parseHttpUrl("https://ehr.example/fhir/R4")?.origin).toBe("https://ehr.example");
    expect(parseHttpUrl("http://127.0.0.1:4010/fhir")?.pathname).toBe("/fhir");
  });

  it("refuses other schemes, relative references and garbage without throwing", () => {
    for (const value of [
      "javascript:alert(1)",
      "data:text/html,x",
      "ftp://x.example/",
      "/fhir",
      "",
      "not a url",
    ])
      expect(parseHttpUrl(value)).toBeUndefined();
  });
});
