import { describe, expect, it } from "vitest";
import { classifyContent } from "../../../src/fhir/content-kind";

const utf8 = (text: string) => new TextEncoder().encode(text);
const CCDA =
  '<?xml version="1.0"?><ClinicalDocument xmlns="urn:hl7-org:v3"><title>T</title></ClinicalDocument>';

describe("classifyContent", () => {
  it.each([
    "application/hl7-v3+xml",
    "application/xml",
    "aapplication/xml",
    "text/xml",
    "text/plain",
    "",
    undefined,
  ])("finds C-CDA by content with content type %j", (contentType) => {
    expect(classifyContent(utf8(CCDA), contentType)).toMatchObject({ kind: "ccda", text: CCDA });
  });

  it("keeps the exact bytes of a C-CDA for 'Download original', even when the text was decoded from UTF-16", () => {
    const utf16 = Uint8Array.from([0xff, 0xfe, ...Array.from(CCDA).flatMap((c) => [c.charCodeAt(0), 0])]);
    const content = classifyContent(utf16, "application/xml");
    expect(content).toMatchObject({ kind: "ccda", text: CCDA });
    expect(content.kind === "ccda" ? content.bytes : undefined).toBe(utf16);
  });

  it("finds prefixed and stylesheet-led C-CDA", () => {
    const prefixed =
      '<?xml-stylesheet type="text/xsl" href="cda.xsl"?><cda:ClinicalDocument xmlns:cda="urn:hl7-org:v3"/>';
    expect(classifyContent(utf8(prefixed), "application/xml").kind).toBe("ccda");
  });

  it("sniffs PDF and images by magic bytes, whatever the label", () => {
    expect(classifyContent(utf8("%PDF-1.7\n..."), "application/octet-stream").kind).toBe("pdf");
    expect(classifyContent(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d]), "application/xml")).toMatchObject({
      kind: "image",
      mimeType: "image/png",
    });
    expect(classifyContent(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]), undefined)).toMatchObject({
      mimeType: "image/jpeg",
    });
    expect(classifyContent(utf8("GIF89a"), undefined)).toMatchObject({ mimeType: "image/gif" });
    expect(classifyContent(utf8("RIFF\0\0\0\0WEBPVP8"), undefined)).toMatchObject({ mimeType: "image/webp" });
  });

  it("routes HTML notes and plain text", () => {
    expect(classifyContent(utf8("<p>Note</p>"), "text/html")).toMatchObject({
      kind: "html",
      text: "<p>Note</p>",
    });
    expect(classifyContent(utf8("<!DOCTYPE html><html><body>x</body></html>"), undefined).kind).toBe("html");
    expect(classifyContent(utf8("Just words"), "text/plain")).toMatchObject({
      kind: "text",
      text: "Just words",
    });
    expect(classifyContent(utf8("<other/>"), "application/xml").kind).toBe("text");
  });

  it("offers RTF and unknown binaries as downloads", () => {
    expect(classifyContent(utf8("{\\rtf1\\ansi hello}"), "text/rtf")).toMatchObject({
      kind: "other",
      mimeType: "application/rtf",
    });
    expect(classifyContent(new Uint8Array([1, 0, 2, 0, 3]), "application/msword")).toMatchObject({
      kind: "other",
      mimeType: "application/msword",
    });
  });

  it("keeps a damaged PDF as a PDF when labelled so", () => {
    expect(classifyContent(new Uint8Array([0, 1, 2]), "application/pdf").kind).toBe("pdf");
  });
});
