import { describe, expect, it } from "vitest";
import { parseCdaText } from "../../../../src/ccda/parse/document";
import { Warnings } from "../../../../src/ccda/warnings";
import { parserErrorOf } from "../../../../src/ccda/parse/parser-error";
import { renderDocument } from "../../../../src/ccda/render-document";
import { cdaDocument, renderOk, section, structuredBody, V3 } from "../render-helpers";

const MINIMAL = `<ClinicalDocument ${V3}><title>T</title></ClinicalDocument>`;

function parseError(text: string) {
  const r = parseCdaText(text);
  if (r.ok) throw new Error("expected a parse error");
  return r.error;
}

describe("parseCdaText", () => {
  it("parses a v3 document", () => {
    const r = parseCdaText(MINIMAL);
    expect(r.ok && r.root.localName).toBe("ClinicalDocument");
  });

  it("rejects empty input", () => {
    expect(parseError("").kind).toBe("empty");
    expect(parseError(" \n\t").kind).toBe("empty");
    expect(parseError("\uFEFF").kind).toBe("empty");
  });

  it("rejects a billion-laughs DOCTYPE before parsing (SEC-13)", () => {
    const doc = `<?xml version="1.0"?>
<!DOCTYPE ClinicalDocument [
  <!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
]>
<ClinicalDocument xmlns="urn:hl7-org:v3"><title>&c;</title></ClinicalDocument>`;
    const error = parseError(doc);
    expect(error.kind).toBe("doctype");
    expect(error.message).toMatch(/DOCTYPE/);
  });

  it("rejects an external-entity DOCTYPE, in any case and after comments", () => {
    const doc = `<!-- hi --><!doctype ClinicalDocument [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><ClinicalDocument xmlns="urn:hl7-org:v3">&xxe;</ClinicalDocument>`;
    expect(parseError(doc).kind).toBe("doctype");
  });

  it("finds a DOCTYPE hidden behind a comment or PI that mentions an element", () => {
    const doc = `<?xml version="1.0"?><!-- <x> --><?pi <y>?>\n<!DOCTYPE x [<!ENTITY e "e">]><ClinicalDocument ${V3}/>`;
    expect(parseError(doc).kind).toBe("doctype");
  });

  it("does not mistake DOCTYPE text inside the document for a DOCTYPE", () => {
    const r = parseCdaText(`<ClinicalDocument ${V3}><title>&lt;!DOCTYPE html&gt;</title></ClinicalDocument>`);
    expect(r.ok).toBe(true);
  });

  it("reports a syntax error with line and column", () => {
    const error = parseError(
      `<?xml version="1.0"?>\n<ClinicalDocument ${V3}>\n<title>T</title>\n<component>\n</ClinicalDocument>`,
    );
    expect(error.kind).toBe("not-xml");
    expect(error.line).toBe(5);
    expect(error.column).toBeGreaterThan(0);
    expect(error.message).toMatch(/line 5/);
  });

  it("rejects XML that is not a ClinicalDocument", () => {
    expect(parseError("<html><body/></html>").kind).toBe("not-cda");
    expect(parseError('<ClinicalDocument xmlns="urn:other"/>').kind).toBe("not-cda");
  });

  it("rejects non-XML", () => {
    expect(parseError("%PDF-1.4 hello").kind).toBe("not-xml");
  });

  it("reads a document without namespace, with a warning", () => {
    const r = parseCdaText("<ClinicalDocument><title>T</title></ClinicalDocument>");
    expect(r.ok).toBe(true);
    expect(r.ok && r.warnings.toArray().map((w) => w.kind)).toEqual(["no-namespace"]);
  });

  it("recovers an undeclared xsi: prefix with a warning (HL7 examples without namespace declarations)", () => {
    const r = parseCdaText(
      '<ClinicalDocument><title>T</title><x><value xsi:type="CD"/></x></ClinicalDocument>',
    );
    expect(r.ok).toBe(true);
    const messages = r.ok ? r.warnings.toArray().map((w) => w.message) : [];
    expect(messages.some((m) => m.includes('"xsi:"'))).toBe(true);
  });

  it("still reports an unknown undeclared prefix", () => {
    expect(parseError(`<ClinicalDocument ${V3}><foo:bar/></ClinicalDocument>`).kind).toBe("not-xml");
  });

  it("reads a prefixed v3 namespace", () => {
    const { root } = renderOk(
      `<v3:ClinicalDocument xmlns:v3="urn:hl7-org:v3"><v3:title>T</v3:title><v3:component><v3:structuredBody><v3:component><v3:section><v3:title>Meds</v3:title><v3:text><v3:paragraph>Aspirin</v3:paragraph></v3:text></v3:section></v3:component></v3:structuredBody></v3:component></v3:ClinicalDocument>`,
    );
    expect(root.querySelector(".ccda-narrative p")?.textContent).toBe("Aspirin");
  });

  it("strips a BOM and handles CRLF", () => {
    const text =
      "\uFEFF" +
      cdaDocument(structuredBody(section("A", "<paragraph>line1\nline2</paragraph>"))).replace(/\n/g, "\r\n");
    const { root } = renderOk(text);
    expect(root.querySelector(".ccda-narrative p")?.textContent).toBe("line1\nline2");
  });

  it("ignores xml-stylesheet PIs with a warning and never loads them (SEC-12)", () => {
    const text = `<?xml version="1.0"?>\n<?xml-stylesheet type="text/xsl" href="https://attacker.example/evil.xsl"?>\n${MINIMAL}`;
    const outcome = renderDocument(text, { idPrefix: "a" });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.warnings).toContainEqual({
      kind: "stylesheet-ignored",
      message: "Stylesheet instruction ignored (not loaded): https://attacker.example/evil.xsl",
    });
    expect(outcome.html).not.toContain("evil.xsl");
  });
});

describe("parserErrorOf across engines", () => {
  function docWithError(ns: string, text: string, asRoot: boolean): Document {
    const doc = document.implementation.createDocument(
      asRoot ? ns : "urn:hl7-org:v3",
      asRoot ? "parsererror" : "ClinicalDocument",
    );
    const el = asRoot ? doc.documentElement : doc.createElementNS(ns, "parsererror");
    el.textContent = text;
    if (!asRoot) doc.documentElement.appendChild(el);
    return doc;
  }

  it("reads Chromium's message (XHTML parsererror inside the partial document)", () => {
    const doc = docWithError(
      "http://www.w3.org/1999/xhtml",
      "This page contains the following errors:error on line 4 at column 19: Unexpected closing tagBelow is a rendering of the page up to the first error.",
      false,
    );
    expect(parserErrorOf(doc)).toEqual({
      kind: "not-xml",
      message: "The document is not well-formed XML (line 4, column 19): Unexpected closing tag",
      line: 4,
      column: 19,
    });
  });

  it("reads Firefox's message (parsererror root)", () => {
    const doc = docWithError(
      "http://www.mozilla.org/newlayout/xml/parsererror.xml",
      "XML Parsing Error: mismatched tag. Expected: </component>.\nLocation: file.xml\nLine Number 12, Column 5:",
      true,
    );
    expect(parserErrorOf(doc)).toMatchObject({ line: 12, column: 5 });
  });

  it("ignores a document's own element that happens to be called parsererror", () => {
    const doc = docWithError("urn:hl7-org:v3", "not an error", false);
    expect(parserErrorOf(doc)).toBeUndefined();
  });

  it("finds Chromium's message first in the <body> it adds when there is no usable root, after other children", () => {
    // Chromium 156 for "hello", "" or an SVG root cut short: html > (…, body > parsererror).
    const xhtml = "http://www.w3.org/1999/xhtml";
    const doc = document.implementation.createDocument(xhtml, "html");
    doc.documentElement.appendChild(doc.createElementNS("http://www.w3.org/2000/svg", "svg"));
    const body = doc.documentElement.appendChild(doc.createElementNS(xhtml, "body"));
    body.appendChild(doc.createElementNS(xhtml, "parsererror")).textContent =
      "error on line 1 at column 1: x";
    expect(parserErrorOf(doc)).toMatchObject({ line: 1, column: 1 });
  });

  it("looks only where engines put the message, not through the whole document", () => {
    // Deep in the content, even in the XHTML namespace, it is the document's own markup.
    const doc = docWithError("urn:hl7-org:v3", "", false);
    const deep = doc.documentElement.appendChild(doc.createElementNS("urn:hl7-org:v3", "component"));
    const section = deep.appendChild(doc.createElementNS("urn:hl7-org:v3", "section"));
    section.appendChild(doc.createElementNS("http://www.w3.org/1999/xhtml", "parsererror")).textContent =
      "error on line 9 at column 9: in the text";
    expect(parserErrorOf(doc)).toBeUndefined();
  });
});

describe("parseCdaText: one parse kept for the next reader of the same text", () => {
  const STYLED = `<?xml-stylesheet type="text/xsl" href="CDA.xsl"?><ClinicalDocument ${V3}><title>K</title></ClinicalDocument>`;

  it("hands a kept parse to the next parse of the same text once, with its warnings", () => {
    const first = parseCdaText(STYLED, undefined, { keep: true });
    if (!first.ok) throw new Error(first.error.message);
    const warnings = new Warnings();
    const second = parseCdaText(STYLED, warnings);
    expect(second.ok && second.doc).toBe(first.doc);
    expect(warnings.toArray().map((w) => w.kind)).toEqual(["stylesheet-ignored"]);
    // Taken once: the next reader parses afresh.
    const third = parseCdaText(STYLED);
    expect(third.ok && third.doc).not.toBe(first.doc);
  });

  it("keeps nothing unless asked, and never a failed parse", () => {
    const plain = parseCdaText(MINIMAL);
    const again = parseCdaText(MINIMAL);
    expect(plain.ok && again.ok && plain.doc !== again.doc).toBe(true);
    expect(parseCdaText("<ClinicalDocument", undefined, { keep: true }).ok).toBe(false);
    expect(parseCdaText("<ClinicalDocument").ok).toBe(false);
  });

  it("does not hand a kept parse to a different text", () => {
    const kept = parseCdaText(MINIMAL, undefined, { keep: true });
    const other = parseCdaText(MINIMAL.replace("<title>T", "<title>U"));
    expect(kept.ok && other.ok && other.doc !== kept.doc && other.root.textContent).toBe("U");
  });
});
