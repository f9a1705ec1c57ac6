// @vitest-environment node
// Node has Blob streams and DecompressionStream like Chromium; jsdom's Blob has no stream().
import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { buildPdf } from "../../../sandbox/data/pdf";
import { pdfActiveContent } from "../../../src/features/documents/pdf-active-content";

const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

function withObject(pdf: Uint8Array, object: Uint8Array): Uint8Array {
  // Appended after %%EOF: not a valid update section, but the scanner reads bytes, not structure.
  const out = new Uint8Array(pdf.byteLength + object.byteLength);
  out.set(pdf);
  out.set(object, pdf.byteLength);
  return out;
}

function flateObject(content: string): Uint8Array {
  const data = deflateSync(Buffer.from(content, "latin1"));
  const head = latin1(`9 0 obj\n<< /Length ${data.byteLength} /Filter /FlateDecode >>\nstream\n`);
  const tail = latin1("\nendstream\nendobj\n");
  return Uint8Array.from([...head, ...data, ...tail]);
}

describe("pdfActiveContent", () => {
  it("finds nothing in a plain text PDF", async () => {
    expect(await pdfActiveContent(buildPdf(["Discharge summary", "Plain text only"]))).toEqual([]);
  });

  it("finds an OpenAction JavaScript in the clear", async () => {
    const object = latin1("7 0 obj\n<< /Type /Action /S /JavaScript /JS (app.alert('x')) >>\nendobj\n");
    expect(await pdfActiveContent(withObject(buildPdf(["x"]), object))).toEqual(["JavaScript"]);
  });

  it("sees through #-escaped names", async () => {
    const object = latin1("7 0 obj\n<< /S /J#61va#53cript /J#53 (app.alert(1)) >>\nendobj\n");
    expect(await pdfActiveContent(withObject(buildPdf(["x"]), object))).toEqual(["JavaScript"]);
  });

  it("finds script hidden in a Flate-compressed object stream", async () => {
    const hidden = flateObject("<< /S /JavaScript /JS (app.alert('hidden')) >>");
    expect(await pdfActiveContent(withObject(buildPdf(["x"]), hidden))).toEqual(["JavaScript"]);
  });

  it("names launch actions and XFA forms", async () => {
    const object = latin1(
      "7 0 obj\n<< /S /Launch /F (cmd.exe) >>\n<< /AcroForm << /XFA 8 0 R >> >>\nendobj\n",
    );
    expect(await pdfActiveContent(withObject(buildPdf(["x"]), object))).toEqual(["Launch", "XFA"]);
  });

  it("does not mistake longer names or text for active content", async () => {
    const object = latin1("7 0 obj\n<< /JSONData (JavaScript is a language) /Launcher 1 >>\nendobj\n");
    expect(await pdfActiveContent(withObject(buildPdf(["JavaScript handout"]), object))).toEqual([]);
  });

  it("survives broken Flate data", async () => {
    const broken = latin1("9 0 obj\n<< /Filter /FlateDecode >>\nstream\nnot deflate at all\nendstream\n");
    expect(await pdfActiveContent(withObject(buildPdf(["x"]), broken))).toEqual([]);
  });
});
