/**
 * A minimal US Realm Header C-CDA written by our own code, with room for hostile content in the header and in
 * sections. Every hostile document is built from this, so each test document is a real, well-formed CDA.
 */

export const V3_NS = 'xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';

/** XML 1.0 cannot carry these; a payload holding them could not be in a real document. */
export function xmlSafe(s: string): string {
  return s.replace(
    // eslint-disable-next-line no-control-regex -- removing exactly the characters XML forbids
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    "",
  );
}

/** Text or attribute content: one level of XML escaping. */
export function esc(s: string): string {
  return xmlSafe(s)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** A CDATA section holding any string (a "]]>" inside is split across two sections). */
export function cdata(s: string): string {
  return `<![CDATA[${xmlSafe(s).replace(/]]>/g, "]]]]><![CDATA[>")}]]>`;
}

export interface Person {
  given: string;
  family: string;
  street?: string;
  city?: string;
  telecoms?: readonly string[];
}

/** Raw XML of a person's name, address and telecoms (values escaped here). */
function personParts(p: Person): { name: string; addr: string; telecoms: string } {
  return {
    name: `<name><given>${esc(p.given)}</given><family>${esc(p.family)}</family></name>`,
    addr: `<addr use="HP"><streetAddressLine>${esc(p.street ?? "1 Main St")}</streetAddressLine><city>${esc(
      p.city ?? "Springfield",
    )}</city><state>MA</state><postalCode>01101</postalCode></addr>`,
    telecoms: (p.telecoms ?? ["tel:+1-555-0100"])
      .map((t) => `<telecom use="HP" value="${esc(t)}"/>`)
      .join(""),
  };
}

export function author(p: Person): string {
  const parts = personParts(p);
  return `<author><time value="20260101"/><assignedAuthor><id root="2.16.840.1.113883.4.6" extension="999"/>${parts.addr}${parts.telecoms}<assignedPerson>${parts.name}</assignedPerson></assignedAuthor></author>`;
}

export interface DocOptions {
  title: string;
  patient?: Person;
  /** Extra header participations (authors …) placed after the first author. */
  extraHeader?: string;
  /** `<component>` children of structuredBody, or a whole nonXMLBody when `nonXmlBody` is set. */
  sections?: readonly string[];
  nonXmlBody?: string;
  /** Raw text before the root element (processing instructions, DOCTYPE). */
  prolog?: string;
}

const DEFAULT_PATIENT: Person = { given: "Hostile", family: "Testpatient" };

function header(o: DocOptions): string {
  const p = personParts(o.patient ?? DEFAULT_PATIENT);
  return [
    '<realmCode code="US"/><typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>',
    '<templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>',
    '<id root="2.16.840.1.113883.19.5" extension="hostile"/>',
    '<code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summary of episode note"/>',
    `<title>${esc(o.title)}</title><effectiveTime value="20260601100000-0500"/>`,
    '<confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/><languageCode code="en-US"/>',
    `<recordTarget><patientRole><id root="2.16.840.1.113883.19.5" extension="MRN1"/>${p.addr}${p.telecoms}`,
    `<patient>${p.name}<administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>`,
    '<birthTime value="19700101"/></patient></patientRole></recordTarget>',
    author({ given: "Ada", family: "Author" }),
    o.extraHeader ?? "",
    '<custodian><assignedCustodian><representedCustodianOrganization><id root="2.16.840.1.113883.19.5"/>',
    "<name>Hostile Test Clinic</name></representedCustodianOrganization></assignedCustodian></custodian>",
  ].join("");
}

export function section(title: string, text: string, entries = ""): string {
  return `<component><section><title>${esc(title)}</title><text>${text}</text>${entries}</section></component>`;
}

/** The canary every hostile document carries in its last section: it must render (availability). */
export const CANARY = "Canary section still rendered";

export function ccdaDocument(o: DocOptions): string {
  const body =
    o.nonXmlBody ??
    `<structuredBody>${(o.sections ?? []).join("")}${section("Canary", `<paragraph>${CANARY}</paragraph>`)}</structuredBody>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${o.prolog ?? ""}<ClinicalDocument ${V3_NS}>${header(o)}<component>${body}</component></ClinicalDocument>\n`;
}

export function b64(s: string | Uint8Array): string {
  return Buffer.from(s).toString("base64");
}
