// @vitest-environment jsdom
// jsdom for DOMParser: every generated C-CDA must be well-formed XML (except the deliberately broken sample).
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../../sandbox/data/dataset";
import { decodeBytes, isCcda, xmlForParser } from "./corpus";

const V3 = "urn:hl7-org:v3";
const dataset = buildDataset();
const ccdaDocs = dataset.documentReferences.flatMap((doc) => {
  const binary = dataset.binaries.get(doc.content[0]?.attachment.url?.slice("Binary/".length) ?? "");
  return binary !== undefined && isCcda(binary) ? [{ doc, binary, text: decodeBytes(binary.bytes) }] : [];
});
const isBroken = (title: string | undefined) => /malformed/i.test(title ?? "");

function parse(text: string): Document {
  return new DOMParser().parseFromString(xmlForParser(text), "application/xml");
}

const parsed = ccdaDocs
  .filter(({ doc }) => !isBroken(doc.content[0]?.attachment.title))
  .map((entry) => ({ ...entry, xml: parse(entry.text) }));
const narrativeBlocks = parsed.flatMap(({ xml }) =>
  [...xml.getElementsByTagNameNS(V3, "section")].flatMap((s) =>
    [...s.children].filter((c) => c.localName === "text"),
  ),
);
// Collected once: jsdom selector queries over thousands of blocks are slow.
const narrativeElements = narrativeBlocks.flatMap((t) => [...t.getElementsByTagName("*")]);
const inNarrative = (name: string) =>
  narrativeElements.filter((e) => e.localName === name && e.namespaceURI === V3);

describe("generated C-CDA corpus", () => {
  it("parses every C-CDA as well-formed XML with a urn:hl7-org:v3 ClinicalDocument root", () => {
    expect(parsed.length).toBeGreaterThanOrEqual(75);
    for (const { doc, xml } of parsed) {
      expect(xml.getElementsByTagName("parsererror"), doc.id).toHaveLength(0);
      expect(xml.documentElement.localName).toBe("ClinicalDocument");
      expect(xml.documentElement.namespaceURI).toBe(V3);
    }
  });

  it("includes exactly one deliberately malformed document, which does not parse", () => {
    const broken = ccdaDocs.filter(({ doc }) => isBroken(doc.content[0]?.attachment.title));
    expect(broken).toHaveLength(1);
    expect(broken[0]?.doc.status).toBe("current");
    expect(parse(broken[0]?.text ?? "").getElementsByTagName("parsererror").length).toBeGreaterThan(0);
  });

  it("writes C-CDA R2.1 headers with every participant", () => {
    const header = [
      "recordTarget",
      "author",
      "dataEnterer",
      "informant",
      "custodian",
      "informationRecipient",
      "legalAuthenticator",
      "authenticator",
      "participant",
      "inFulfillmentOf",
      "documentationOf",
      "authorization",
      "componentOf",
      "setId",
      "versionNumber",
      "confidentialityCode",
      "languageCode",
    ];
    const patient = [
      "maritalStatusCode",
      "religiousAffiliationCode",
      "raceCode",
      "ethnicGroupCode",
      "guardian",
      "birthplace",
      "languageCommunication",
      "providerOrganization",
      "assignedAuthoringDevice",
      "dischargeDispositionCode",
      "encounterParticipant",
      "healthCareFacility",
      "responsibleParty",
      "signatureCode",
    ];
    for (const { doc, xml } of parsed) {
      for (const name of header)
        expect(xml.getElementsByTagNameNS(V3, name).length, `${doc.id ?? ""} ${name}`).toBeGreaterThan(0);
      const ids = [...xml.getElementsByTagNameNS(V3, "templateId")].map(
        (t) => `${t.getAttribute("root") ?? ""}|${t.getAttribute("extension") ?? ""}`,
      );
      expect(ids).toContain("2.16.840.1.113883.10.20.22.1.1|2015-08-01");
      expect(xml.getElementsByTagNameNS("urn:hl7-org:sdtc", "raceCode")).toHaveLength(1);
    }
    const all = parsed.map(({ xml }) => xml);
    for (const name of patient)
      expect(
        all.some((x) => x.getElementsByTagNameNS(V3, name).length > 0),
        name,
      ).toBe(true);
    expect(all.some((x) => x.querySelector("confidentialityCode")?.getAttribute("code") === "R")).toBe(true);
  });

  it("links replacing versions with relatedDocument RPLC to the parent's id, setId and version", () => {
    const replacing = parsed.filter(
      ({ xml }) => xml.getElementsByTagNameNS(V3, "relatedDocument").length > 0,
    );
    expect(replacing.length).toBeGreaterThanOrEqual(1);
    for (const { xml, doc } of replacing) {
      const related = xml.getElementsByTagNameNS(V3, "relatedDocument")[0];
      expect(related?.getAttribute("typeCode")).toBe("RPLC");
      const parentId = related?.getElementsByTagNameNS(V3, "id")[0]?.getAttribute("root");
      const parent = parsed.find(
        (p) => p.xml.documentElement.querySelector(":scope > id")?.getAttribute("root") === parentId,
      );
      expect(parent, doc.id).toBeDefined();
      expect(parent?.doc.status).toBe("superseded");
      expect(related?.getElementsByTagNameNS(V3, "versionNumber")[0]?.getAttribute("value")).toBe("1");
    }
  });

  it("uses every CDA narrative element somewhere", () => {
    const elements = [
      "paragraph",
      "caption",
      "content",
      "list",
      "item",
      "table",
      "colgroup",
      "col",
      "thead",
      "tbody",
      "tfoot",
      "tr",
      "th",
      "td",
      "linkHtml",
      "footnote",
      "footnoteRef",
      "renderMultiMedia",
      "sub",
      "sup",
      "br",
    ];
    for (const name of elements) expect(inNarrative(name).length, name).toBeGreaterThan(0);
    expect(inNarrative("caption").some((c) => c.parentElement?.localName === "paragraph")).toBe(true);
    expect(inNarrative("caption").some((c) => c.parentElement?.localName === "list")).toBe(true);
    expect(inNarrative("list").some((l) => l.parentElement?.localName === "item")).toBe(true);
  });

  it("uses every styleCode, list type, revision mark and table attribute", () => {
    const styleCodes = new Set(
      narrativeElements.flatMap((e) => (e.getAttribute("styleCode") ?? "").split(/\s+/)),
    );
    for (const code of [
      "Bold",
      "Italics",
      "Underline",
      "Emphasis",
      "Disc",
      "Circle",
      "Square",
      "Arabic",
      "LittleRoman",
      "BigRoman",
      "LittleAlpha",
      "BigAlpha",
      "Lrule",
      "Rrule",
      "Toprule",
      "Botrule",
      "xRowGroup",
      "xLabel",
      "xAlert",
    ]) {
      expect(styleCodes, code).toContain(code);
    }
    const attrValues = (name: string) =>
      new Set(narrativeElements.filter((e) => e.hasAttribute(name)).map((e) => e.getAttribute(name)));
    expect(attrValues("listType")).toEqual(new Set(["ordered", "unordered"]));
    expect(attrValues("revised")).toEqual(new Set(["insert", "delete"]));
    for (const name of ["rowspan", "colspan", "scope", "align"])
      expect(attrValues(name).size, name).toBeGreaterThan(0);
  });

  it("has links of every kind, including a hostile javascript: one", () => {
    const hrefs = inNarrative("linkHtml").map((a) => a.getAttribute("href") ?? "");
    for (const prefix of ["https://", "mailto:", "tel:", "#", "javascript:"])
      expect(
        hrefs.some((h) => h.startsWith(prefix)),
        prefix,
      ).toBe(true);
    const fragment = hrefs.find((h) => h.startsWith("#"))?.slice(1);
    const target = parsed.find(({ xml }) =>
      [...xml.getElementsByTagNameNS(V3, "linkHtml")].some(
        (a) => a.getAttribute("href") === `#${fragment ?? ""}`,
      ),
    );
    expect(target?.xml.querySelector(`[ID="${fragment ?? ""}"]`)).not.toBeNull();
  });

  it("resolves content IDs referenced from entries, footnoteRefs and renderMultiMedia within each document", () => {
    for (const { doc, xml } of parsed) {
      const ids = new Set([...xml.querySelectorAll("[ID]")].map((e) => e.getAttribute("ID")));
      for (const ref of xml.getElementsByTagNameNS(V3, "reference")) {
        expect(
          ids.has((ref.getAttribute("value") ?? "").slice(1)),
          `${doc.id ?? ""} ${ref.getAttribute("value") ?? ""}`,
        ).toBe(true);
      }
      for (const ref of xml.getElementsByTagNameNS(V3, "footnoteRef"))
        expect(ids.has(ref.getAttribute("IDREF"))).toBe(true);
      for (const ref of xml.getElementsByTagNameNS(V3, "renderMultiMedia"))
        expect(ids.has(ref.getAttribute("referencedObject"))).toBe(true);
    }
  });

  it("embeds a PNG observationMedia and a regionOfInterest", () => {
    const media = parsed.flatMap(({ xml }) => [...xml.getElementsByTagNameNS(V3, "observationMedia")]);
    expect(media.length).toBeGreaterThan(0);
    const value = media[0]?.getElementsByTagNameNS(V3, "value")[0];
    expect(value?.getAttribute("mediaType")).toBe("image/png");
    const png = Buffer.from(value?.textContent ?? "", "base64");
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.subarray(12, 16).toString("latin1")).toBe("IHDR");
    expect(parsed.some(({ xml }) => xml.getElementsByTagNameNS(V3, "regionOfInterest").length > 0)).toBe(
      true,
    );
  });

  it("carries the tricky narrative: CDATA, escaped markup, unknown vendor elements, nested sections, empty text with entries", () => {
    expect(
      narrativeElements.some((e) => [...e.childNodes].some((n) => n.nodeType === Node.CDATA_SECTION_NODE)),
    ).toBe(true);
    expect(narrativeBlocks.some((t) => t.textContent.includes("<b>not bold</b>"))).toBe(true);
    expect(narrativeElements.some((e) => e.namespaceURI !== V3)).toBe(true);
    const nested3 = parsed.some(({ xml }) =>
      [...xml.getElementsByTagNameNS(V3, "section")].some(
        (s) =>
          s.parentElement?.parentElement?.localName === "section" &&
          s.parentElement.parentElement.parentElement?.parentElement?.localName === "section",
      ),
    );
    expect(nested3).toBe(true);
    const emptyWithEntries = parsed
      .flatMap(({ xml }) => [...xml.getElementsByTagNameNS(V3, "section")])
      .filter((s) => {
        const text = [...s.children].find((c) => c.localName === "text");
        return (
          text !== undefined &&
          text.childNodes.length === 0 &&
          s.getElementsByTagNameNS(V3, "entry").length > 0
        );
      });
    const codes = new Set(
      emptyWithEntries.map((s) => s.querySelector(":scope > code")?.getAttribute("code")),
    );
    for (const code of ["11450-4", "10160-0", "30954-2"]) expect(codes, code).toContain(code);
    expect(
      emptyWithEntries.some((s) =>
        [...s.getElementsByTagNameNS(V3, "value")].some(
          (v) => v.getAttribute("unit") !== null && v.getAttribute("value") !== null,
        ),
      ),
    ).toBe(true);
  });

  it("has timestamps at 00:xx and 12:xx and year-only, month-only and day-only precisions", () => {
    const values = parsed.flatMap(({ xml }) =>
      [...xml.querySelectorAll("[value]")].map((e) => e.getAttribute("value") ?? ""),
    );
    const docTimes = parsed.map(
      ({ xml }) => xml.documentElement.querySelector(":scope > effectiveTime")?.getAttribute("value") ?? "",
    );
    expect(docTimes.some((v) => /^\d{8}00\d{2}/.test(v))).toBe(true);
    expect(docTimes.some((v) => /^\d{8}12\d{2}/.test(v))).toBe(true);
    expect(docTimes.every((v) => /^\d{14}[+-]\d{4}$/.test(v))).toBe(true);
    for (const pattern of [/^(19|20)\d{2}$/, /^(19|20)\d{4}$/, /^(19|20)\d{6}$/])
      expect(
        values.some((v) => pattern.test(v)),
        String(pattern),
      ).toBe(true);
  });

  it("writes real-world byte variations: UTF-8 BOM + CRLF + stylesheet PI, UTF-16, nonXMLBody PDF", () => {
    const bom = ccdaDocs.find(
      ({ binary }) => binary.bytes[0] === 0xef && binary.bytes[1] === 0xbb && binary.bytes[2] === 0xbf,
    );
    expect(bom?.text).toContain("\r\n");
    expect(bom?.text).toContain('<?xml-stylesheet type="text/xsl" href="cda.xsl"?>');
    expect(ccdaDocs.some(({ binary }) => binary.bytes[0] === 0xff && binary.bytes[1] === 0xfe)).toBe(true);
    const nonXml = parsed.flatMap(({ xml }) => [...xml.getElementsByTagNameNS(V3, "nonXMLBody")]);
    expect(nonXml.length).toBeGreaterThan(0);
    const text = nonXml[0]?.getElementsByTagNameNS(V3, "text")[0];
    expect(text?.getAttribute("mediaType")).toBe("application/pdf");
    expect(
      Buffer.from(text?.textContent ?? "", "base64")
        .subarray(0, 5)
        .toString("latin1"),
    ).toBe("%PDF-");
  });
});
