// @vitest-environment node
import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { buildPdf } from "../../../sandbox/data/pdf";
import { crc32, ecgStripPng, encodePng } from "../../../sandbox/data/png";

function checkXref(pdf: Uint8Array): number {
  const text = Buffer.from(pdf).toString("latin1");
  const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)?.[1]);
  expect(text.slice(startxref, startxref + 5)).toBe("xref\n");
  const header = /^xref\n0 (\d+)\n/.exec(text.slice(startxref));
  const count = Number(header?.[1]);
  const rows = text
    .slice(startxref + (header?.[0].length ?? 0))
    .split("\n")
    .slice(0, count);
  expect(rows[0]).toBe("0000000000 65535 f ");
  rows.slice(1).forEach((row, i) => {
    const offset = Number(row.slice(0, 10));
    expect(row.endsWith(" 00000 n ")).toBe(true);
    expect(text.slice(offset, offset + `${i + 1} 0 obj`.length)).toBe(`${i + 1} 0 obj`);
  });
  return count - 1;
}

describe("buildPdf", () => {
  it("writes a PDF header, objects at the offsets the xref table names, and a trailer", () => {
    const pdf = buildPdf(
      ["Title line", "Body (with parentheses) and a back\\slash", "Non-ASCII: Müller — 5 mg"],
      "Test",
    );
    expect(Buffer.from(pdf.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    expect(checkXref(pdf)).toBeGreaterThanOrEqual(5);
    const text = Buffer.from(pdf).toString("latin1");
    expect(text).toContain("(Body \\(with parentheses\\) and a back\\\\slash) Tj");
    const length = Number(/\/Length (\d+) >>\nstream\n/.exec(text)?.[1]);
    const start = text.indexOf("stream\n") + "stream\n".length;
    expect(text.slice(start + length, start + length + "\nendstream".length)).toBe("\nendstream");
  });

  it("is deterministic", () => {
    expect(Buffer.from(buildPdf(["a", "b"])).equals(buildPdf(["a", "b"]))).toBe(true);
  });
});

describe("encodePng", () => {
  it("writes the signature, a valid IHDR and IDAT whose pixels inflate to the right size", () => {
    const png = ecgStripPng(20, 10);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const view = new DataView(png.buffer, png.byteOffset);
    expect(view.getUint32(8)).toBe(13);
    expect(Buffer.from(png.subarray(12, 16)).toString("latin1")).toBe("IHDR");
    expect(view.getUint32(16)).toBe(20);
    expect(view.getUint32(20)).toBe(10);
    expect(view.getUint32(29)).toBe(crc32(png.subarray(12, 29)));
    const idatLength = view.getUint32(33);
    expect(Buffer.from(png.subarray(37, 41)).toString("latin1")).toBe("IDAT");
    expect(inflateSync(png.subarray(41, 41 + idatLength)).length).toBe(10 * (20 * 3 + 1));
    expect(Buffer.from(png.subarray(png.length - 8, png.length - 4)).toString("latin1")).toBe("IEND");
  });

  it("computes the standard CRC-32", () => {
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
  });

  it("is deterministic", () => {
    const rgb = new Uint8Array(4 * 3 * 3).fill(7);
    expect(Buffer.from(encodePng(4, 3, rgb)).equals(encodePng(4, 3, rgb))).toBe(true);
  });
});
