import { describe, expect, it } from "vitest";
import { headerSlice, readHeaderBrief } from "../../../src/ccda/header-brief";

const doc = (inner: string) => `<ClinicalDocument xmlns="urn:hl7-org:v3">${inner}</ClinicalDocument>`;

describe("readHeaderBrief", () => {
  it("reads title, type, date with its offset, authors and the encounter's facility", () => {
    const result = readHeaderBrief(
      doc(`<code code="34133-9" displayName="Summary of episode note"/>
        <title>  Visit   summary </title>
        <effectiveTime value="20240105143000-0500"/>
        <author><assignedAuthor><assignedPerson><name><prefix>Dr.</prefix><given>Ann</given><family>Lee</family></name></assignedPerson></assignedAuthor></author>
        <author><assignedAuthor><assignedAuthoringDevice><softwareName>EHR 9</softwareName></assignedAuthoringDevice></assignedAuthor></author>
        <author><assignedAuthor><assignedPerson><name><given>Ann</given><family>Lee</family><prefix>Dr.</prefix></name></assignedPerson></assignedAuthor></author>
        <componentOf><encompassingEncounter><location><healthCareFacility><location><name>North Clinic</name></location></healthCareFacility></location></encompassingEncounter></componentOf>`),
    );
    expect(result).toEqual({
      ok: true,
      brief: {
        title: "Visit summary",
        typeText: "Summary of episode note",
        date: "2024-01-05T14:30:00-05:00",
        authors: ["Dr. Ann Lee", "EHR 9"],
        facility: "North Clinic",
      },
    });
  });

  it("keeps a date's precision and falls back to the custodian for the facility", () => {
    const result = readHeaderBrief(
      doc(`<effectiveTime value="202401"/>
        <custodian><assignedCustodian><representedCustodianOrganization><name>Mercy</name></representedCustodianOrganization></assignedCustodian></custodian>`),
    );
    expect(result.ok && result.brief).toMatchObject({
      date: "2024-01",
      facility: "Mercy",
      title: undefined,
      authors: [],
    });
  });

  it("returns the parser's located error for broken XML, and refuses non-CDA XML and DOCTYPEs", () => {
    const broken = readHeaderBrief(
      "<ClinicalDocument xmlns='urn:hl7-org:v3'>\n<title>x</titl></ClinicalDocument>",
    );
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.error.line).toBe(2);
    const other = readHeaderBrief("<Bundle xmlns='http://hl7.org/fhir'/>");
    expect(!other.ok && other.error.kind).toBe("not-cda");
    const doctype = readHeaderBrief(
      '<!DOCTYPE x [<!ENTITY a "b">]><ClinicalDocument xmlns="urn:hl7-org:v3"/>',
    );
    expect(!doctype.ok && doctype.error.kind).toBe("doctype");
  });

  it("reads only the header of a large document, so the file is not parsed twice in full", () => {
    const body = `<component><structuredBody>${"<component><section><text>x</text></section></component>".repeat(20_000)}</structuredBody></component>`;
    const text = `<cda:ClinicalDocument xmlns:cda="urn:hl7-org:v3"><cda:title>Big</cda:title><cda:componentOf/>${body.replace(/<(\/?)/g, "<$1cda:")}</cda:ClinicalDocument>`;
    expect(text.length).toBeGreaterThan(1_000_000);
    expect(headerSlice(text)).toBe(
      '<cda:ClinicalDocument xmlns:cda="urn:hl7-org:v3"><cda:title>Big</cda:title><cda:componentOf/></cda:ClinicalDocument>',
    );
    expect(readHeaderBrief(text)).toMatchObject({ ok: true, brief: { title: "Big" } });
  });

  it("falls back to the whole text when the header cannot be cut out", () => {
    expect(headerSlice("<ClinicalDocument><title>No body</title></ClinicalDocument>")).toBeUndefined();
    const broken = `<ClinicalDocument xmlns="urn:hl7-org:v3"><title>T</title><bad></ClinicalDocument>${" ".repeat(1_000_001)}`;
    expect(readHeaderBrief(broken)).toMatchObject({ ok: false, error: { kind: "not-xml" } });
  });
});
