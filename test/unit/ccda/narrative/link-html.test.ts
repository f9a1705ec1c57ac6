import { describe, expect, it } from "vitest";
import { renderNarrativeXml } from "../render-helpers";

describe("linkHtml handler", () => {
  it("links https with rel/target and shows the host", () => {
    const { narrative } = renderNarrativeXml(
      "<paragraph><linkHtml href='https://example.org/edu'>Education</linkHtml></paragraph>",
    );
    const a = narrative.querySelector("a")!;
    expect(a.getAttribute("href")).toBe("https://example.org/edu");
    expect(a.getAttribute("rel")).toBe("noopener noreferrer nofollow");
    expect(a.getAttribute("target")).toBe("_blank");
    expect(narrative.querySelector(".ccda-link-host")?.textContent).toBe(" (example.org)");
  });

  it("links http, mailto and tel", () => {
    const { narrative } = renderNarrativeXml(
      "<paragraph><linkHtml href='http://example.org/'>h</linkHtml><linkHtml href='mailto:a@example.org'>m</linkHtml><linkHtml href='tel:+1-555-0100'>t</linkHtml></paragraph>",
    );
    expect(Array.from(narrative.querySelectorAll("a"), (a) => a.getAttribute("href"))).toEqual([
      "http://example.org/",
      "mailto:a@example.org",
      "tel:+1-555-0100",
    ]);
  });

  it("rewrites #fragments to the namespaced id of a rendered target", () => {
    const { narrative } = renderNarrativeXml(
      "<paragraph><linkHtml href='#med-1'>go</linkHtml> <content ID='med-1'>Aspirin</content></paragraph>",
    );
    expect(narrative.querySelector("a")?.getAttribute("href")).toBe("#t1-med-1");
    expect(narrative.querySelector("#t1-med-1")?.textContent).toBe("Aspirin");
  });

  it("shows a broken #fragment as text with a warning", () => {
    const { narrative, warnings } = renderNarrativeXml(
      "<paragraph><linkHtml href='#missing'>gone</linkHtml></paragraph>",
    );
    expect(narrative.querySelector("a")).toBeNull();
    expect(narrative.textContent).toContain("gone");
    expect(warnings.some((w) => w.kind === "broken-reference")).toBe(true);
  });

  it.each([
    "javascript:alert(1)",
    "  JaVaScRiPt:alert(1)",
    "jav&#x09;ascript:alert(1)",
    "java&#x0A;script:alert(1)",
    "&#x0D;javascript:alert(1)",
    "&#x20;javascript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
    "relative/page.html",
    "//attacker.example/x",
    "file:///etc/passwd",
    "",
  ])("does not link %j (text kept, unsafe-link warning)", (href) => {
    const { narrative, warnings } = renderNarrativeXml(
      `<paragraph><linkHtml href="${href}">label</linkHtml></paragraph>`,
    );
    expect(narrative.querySelector("a")).toBeNull();
    expect(narrative.querySelector(".ccda-link-disabled")?.textContent).toBe("label");
    expect(warnings.some((w) => w.kind === "unsafe-link")).toBe(true);
  });

  it("keeps a title mentioning JavaScript (no keyword filter, SEC-15)", () => {
    const { narrative } = renderNarrativeXml(
      "<paragraph><linkHtml href='https://example.org/javascript-basics.pdf' title='Intro to JavaScript'>handout</linkHtml></paragraph>",
    );
    const a = narrative.querySelector("a")!;
    expect(a.getAttribute("href")).toBe("https://example.org/javascript-basics.pdf");
    expect(a.getAttribute("title")).toBe("Intro to JavaScript");
  });
});
