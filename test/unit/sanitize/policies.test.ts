import { describe, expect, it } from "vitest";
import { cleanAttribute, isSafeExternalHref } from "../../../src/sanitize/policies";

describe("sanitizer attribute policies", () => {
  it("accepts only absolute http(s), mailto and tel", () => {
    expect(isSafeExternalHref("https://example.org/")).toBe(true);
    expect(isSafeExternalHref(" mailto:a@b.example")).toBe(true);
    expect(isSafeExternalHref("tel:+1")).toBe(true);
    for (const bad of [
      "javascript:x",
      "java\tscript:x",
      "\u0001javascript:x",
      "data:text/html,x",
      "/rel",
      "https://",
      "x",
    ]) {
      expect(isSafeExternalHref(bad), bad).toBe(false);
    }
  });

  it("filters classes to ccda-* tokens", () => {
    expect(cleanAttribute("class", "ccda-a sr-only ccda-b CCDA-c")).toBe("ccda-a ccda-b");
    expect(cleanAttribute("class", "hidden")).toBeUndefined();
  });

  it("validates ids, numbers and enums", () => {
    expect(cleanAttribute("id", "d1-x_2")).toBe("d1-x_2");
    expect(cleanAttribute("id", "1abc")).toBeUndefined();
    expect(cleanAttribute("id", 'a" onmouseover="x')).toBeUndefined();
    expect(cleanAttribute("colspan", "3")).toBe("3");
    expect(cleanAttribute("colspan", "3;")).toBeUndefined();
    expect(cleanAttribute("align", "LEFT")).toBe("left");
    expect(cleanAttribute("target", "_top")).toBeUndefined();
    expect(cleanAttribute("title", "anything <at> all")).toBe("anything <at> all");
  });
});
