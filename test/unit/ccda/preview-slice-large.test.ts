/**
 * The preview of a large document: header plus the first whole sections, closed again, within the limits; no
 * preview when the shape is not the expected one.
 */
import { describe, expect, it } from "vitest";
import { parseCdaText } from "../../../src/ccda/parse/document";
import { previewText } from "../../../src/ccda/parse/preview-slice";
import { children, path, textOf } from "../../../src/ccda/parse/xml";

const section = (title: string, chars: number) =>
  `<component><section><title>${title}</title><text><paragraph>${"x".repeat(chars)}</paragraph><!-- </section> --></text></section></component>\n`;

const doc = (body: string, prefix = "") => {
  const p = prefix === "" ? "" : `${prefix}:`;
  const ns = prefix === "" ? 'xmlns="urn:hl7-org:v3"' : `xmlns:${prefix}="urn:hl7-org:v3"`;
  return `<?xml version="1.0"?><!-- c --><${p}ClinicalDocument ${ns}><${p}title>Big</${p}title><${p}componentOf/><${p}component><${p}structuredBody>\n${body.replace(/<(\/?)(component|section|title|text|paragraph)\b/g, `<$1${p}$2`)}</${p}structuredBody></${p}component></${p}ClinicalDocument>`;
};

function titlesOf(text: string | undefined): string[] {
  if (text === undefined) throw new Error("no preview");
  const parsed = parseCdaText(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const body = path(parsed.root, "component", "structuredBody");
  return children(body, "component").map((c) => textOf(path(c, "section", "title")));
}

describe("previewText", () => {
  const limits = { minBodyChars: 2000, maxChars: 20_000 };

  it("keeps whole sections until the body holds minBodyChars, and parses as a CDA document", () => {
    const text = doc(["A", "B", "C", "D"].map((t) => section(t, 600)).join(""));
    expect(titlesOf(previewText(text, limits))).toEqual(["A", "B", "C"]);
  });

  it("never takes a section that ends past maxChars (a huge first section leaves the header alone)", () => {
    const text = doc(section("Small", 100) + section("Huge", 50_000) + section("After", 100));
    expect(titlesOf(previewText(text, limits))).toEqual(["Small"]);
    expect(titlesOf(previewText(doc(section("Huge", 50_000)), limits))).toEqual([]);
  });

  it("works with a prefixed namespace and keeps the header", () => {
    const text = doc(section("A", 3000) + section("B", 10), "cda");
    const preview = previewText(text, limits);
    expect(titlesOf(preview)).toEqual(["A"]);
    const parsed = parseCdaText(preview ?? "");
    expect(parsed.ok && textOf(path(parsed.root, "title"))).toBe("Big");
  });

  it("gives no preview for a nonXMLBody, a non-CDA root or unscannable markup", () => {
    const nonXml = doc("").replace(/structuredBody/g, "nonXMLBody");
    expect(previewText(nonXml, limits)).toBeUndefined();
    expect(previewText("<other><component/></other>", limits)).toBeUndefined();
    expect(previewText(`<!DOCTYPE x>${doc(section("A", 10))}`, limits)).toBeUndefined();
  });
});
