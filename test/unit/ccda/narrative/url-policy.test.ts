import { describe, expect, it } from "vitest";
import { classifyHref } from "../../../../src/ccda/render/narrative/url-policy";

describe("narrative URL policy", () => {
  it("accepts http(s)/mailto/tel and normalises", () => {
    expect(classifyHref(" HTTPS://Example.org/a b ")).toEqual({
      kind: "external",
      href: "https://example.org/a%20b",
      host: "example.org",
    });
    expect(classifyHref("mailto:x@example.org").kind).toBe("external");
    expect(classifyHref("tel:+15550100").kind).toBe("external");
  });

  it("recognises fragments", () => {
    expect(classifyHref("#a%20b")).toEqual({ kind: "fragment", id: "a b" });
  });

  it.each([
    "javascript:alert(1)",
    "\u0000javascript:x",
    "java\tscript:x",
    "JAVASCRIPT:x",
    "data:text/html,x",
    "vbscript:x",
    "https://",
    "foo",
    "//x.example",
  ])("rejects %j", (href) => {
    expect(classifyHref(href).kind).toBe("unsafe");
  });
});
