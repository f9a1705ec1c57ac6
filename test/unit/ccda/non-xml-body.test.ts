import { describe, expect, it } from "vitest";
import { cdaDocument, renderOk, warningKinds } from "./render-helpers";

function nonXml(text: string): string {
  return cdaDocument(`<component><nonXMLBody>${text}</nonXMLBody></component>`);
}

describe("nonXMLBody", () => {
  it("shows plain text in a <pre>", () => {
    const r = renderOk(nonXml(`<text mediaType="text/plain">Line 1\n  &lt;b&gt;Line 2</text>`));
    expect(r.root.querySelector("pre")?.textContent).toBe("Line 1\n  <b>Line 2");
  });

  it("decodes base64 text/plain into a <pre>", () => {
    const b64 = Buffer.from("Surgical consult: ñ ok", "utf8").toString("base64");
    const r = renderOk(nonXml(`<text mediaType="text/plain" representation="B64">${b64}</text>`));
    expect(r.root.querySelector("pre")?.textContent).toBe("Surgical consult: ñ ok");
  });

  it("hands a base64 PDF to the app as an attachment with a placeholder (SEC-05)", () => {
    const r = renderOk(
      nonXml(`<text mediaType="application/pdf" representation="B64">JVBERi0x\nLjQKJSVFT0YK</text>`),
    );
    expect(r.outcome.attachments).toEqual([
      { index: 0, mediaType: "application/pdf", base64: "JVBERi0xLjQKJSVFT0YK", title: "Test document" },
    ]);
    const placeholder = r.root.querySelector(".ccda-attachment");
    expect(placeholder?.getAttribute("data-attachment")).toBe("0");
    expect(r.root.querySelector("iframe, object, embed")).toBeNull();
  });

  it("hands base64 HTML to the app as an attachment, never inline (SEC-04)", () => {
    const b64 = Buffer.from('<body onload="alert(1)"><script>alert(1)</script></body>').toString("base64");
    const r = renderOk(nonXml(`<text mediaType="text/html" representation="B64">${b64}</text>`));
    expect(r.outcome.attachments[0]?.mediaType).toBe("text/html");
    expect(r.safe).not.toMatch(/<script|onload/);
  });

  it("shows a base64 raster image inline", () => {
    const r = renderOk(nonXml(`<text mediaType="image/jpeg" representation="B64">/9j/4AAQ</text>`));
    expect(r.root.querySelector("img")?.getAttribute("src")).toBe("data:image/jpeg;base64,/9j/4AAQ");
  });

  it("names an outside reference, never loads it, and warns (SEC-03)", () => {
    const r = renderOk(
      nonXml(
        `<text mediaType="text/html"><reference value="javascript:alert(parent.document.cookie)"/></text>`,
      ),
    );
    expect(r.root.querySelector("iframe, img, a")).toBeNull();
    expect(r.root.textContent).toContain("javascript:alert(parent.document.cookie)");
    expect(r.outcome.attachments[0]?.reference).toBe("javascript:alert(parent.document.cookie)");
    expect(warningKinds(r.warnings)).toContain("external-reference");
  });

  it("reports invalid base64", () => {
    const r = renderOk(nonXml(`<text mediaType="application/pdf" representation="B64">not*base64</text>`));
    expect(r.outcome.attachments).toEqual([]);
    expect(warningKinds(r.warnings)).toContain("invalid-value");
  });
});
