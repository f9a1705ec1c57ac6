import { describe, expect, it } from "vitest";
import { renderHeader } from "../../../../src/ccda/render/header";
import { toHtml } from "../../../../src/ccda/render/html";
import { RICH_HEADER } from "./rich-header-fixture";
import { ddTexts, makeCtx, mount, parseXml, V3 } from "./test-context";

function render(xml: string, documentTime?: string) {
  const root = parseXml(xml);
  const ctx = makeCtx(root, documentTime);
  const out = renderHeader(root, ctx);
  return { out, ctx, summary: mount(out.summary), details: mount(out.details) };
}

function groupOf(details: HTMLElement, title: string): HTMLElement {
  const heading = Array.from(details.querySelectorAll("h2")).find((h) => h.textContent === title);
  const section = heading?.parentElement;
  if (!section) throw new Error(`no group "${title}" in: ${details.textContent}`);
  return section;
}

describe("renderHeader with a rich header", () => {
  const { out, ctx, summary, details } = render(RICH_HEADER, "20240115103000-0500");

  it("titles the document and marks it restricted", () => {
    expect(out.title).toBe("Continuity of Care Document");
    expect(summary.querySelector("header.ccda-header h1")?.textContent).toBe("Continuity of Care Document");
    const badge = summary.querySelector(".ccda-badge.ccda-badge-confidential");
    expect(badge?.textContent).toBe("Restricted");
  });

  it("summarises patient, age at the document date, document, authors, custodian, encounter, status", () => {
    const dl = summary.querySelector("dl.ccda-header-summary");
    expect(dl).not.toBeNull();
    if (!dl) return;
    expect(ddTexts(dl, "Patient")).toEqual(["Eve Marie Everywoman"]);
    expect(ddTexts(dl, "Born")).toEqual(["15 Mar 1970 (53 years at document date)"]);
    expect(ddTexts(dl, "Sex")).toEqual(["Female"]);
    expect(ddTexts(dl, "Patient ID")).toEqual(["MRN-42 (Good Health Hospital)"]);
    expect(ddTexts(dl, "Date")).toEqual(["15 Jan 2024, 10:30:00 AM UTC\u221205:00"]);
    expect(ddTexts(dl, "Authors")).toEqual([
      "Dr. Patricia Primary, Good Health Clinic",
      "Acme Summary Builder (Acme EHR 9)",
    ]);
    expect(ddTexts(dl, "Custodian")).toEqual(["Good Health HIE"]);
    expect(ddTexts(dl, "Encounter")[0]).toContain("10 Jan 2024, 8:00 AM UTC\u221205:00 \u2013 15 Jan 2024");
    expect(ddTexts(dl, "Encounter")[0]).toContain("Good Health Hospital, Ward 4B");
    expect(ddTexts(dl, "Status")).toEqual(["active"]);
  });

  it("puts everything in a <details> panel with h2 groups", () => {
    const panel = details.querySelector("details.ccda-header-details");
    expect(panel?.querySelector("summary")?.textContent).toBe("Document details");
    const groups = Array.from(details.querySelectorAll("h2.ccda-header-group")).map((h) => h.textContent);
    expect(groups).toEqual([
      "Document",
      "Patient",
      "Authors",
      "Custodian",
      "Legal authenticator",
      "Authenticator",
      "Participants",
      "Informants",
      "Data enterer",
      "Information recipient",
      "Service event",
      "Encounter",
      "Order fulfilled",
      "Consent",
    ]);
  });

  it("lists the document's identity, versions and related document", () => {
    const g = groupOf(details, "Document");
    expect(ddTexts(g, "Type")).toEqual(["Summarization of Episode Note (LOINC 34133-9)"]);
    expect(ddTexts(g, "Confidentiality")).toEqual(["Restricted"]);
    expect(ddTexts(g, "Language")[0]).toContain("(en-US)");
    expect(ddTexts(g, "Document ID")).toEqual(["DOC-1 (1.2.3.4)"]);
    expect(ddTexts(g, "Set ID")).toEqual(["SET-7 (1.2.3.4)"]);
    expect(ddTexts(g, "Version")).toEqual(["3"]);
    expect(ddTexts(g, "Related document")[0]).toBe(
      "Replaces: DOC-0 (1.2.3.4)Set ID: SET-7 (1.2.3.4)Version: 2",
    );
  });

  it("shows every patient demographic", () => {
    const g = groupOf(details, "Patient");
    expect(ddTexts(g, "Name")).toEqual(["Eve Marie Everywoman (Legal)", "Evie E (Pseudonym)"]);
    expect(ddTexts(g, "Identifier")).toEqual(["MRN-42 (Good Health Hospital)"]);
    expect(ddTexts(g, "Address")[0]).toBe("Primary home:1 Home StreetBeaverton, OR 97867US");
    expect(ddTexts(g, "Marital status")).toEqual(["Married"]);
    expect(ddTexts(g, "Religion")).toEqual(["Christian (non-Catholic, non-specific)"]);
    expect(ddTexts(g, "Race")).toEqual(["White", "Asian"]);
    expect(ddTexts(g, "Ethnicity")).toEqual(["Not Hispanic or Latino", "Mexican"]);
    expect(ddTexts(g, "Language")[0]).toMatch(/\(en\): Expressed spoken, Good, preferred$/);
    expect(ddTexts(g, "Birthplace")).toEqual(["Springfield, IL"]);
    expect(ddTexts(g, "Deceased")).toEqual(["No"]);
    expect(ddTexts(g, "Multiple birth")).toEqual(["Yes (birth order 2)"]);
    expect(g.textContent).toContain("Guardian: Gina Guardian");
    expect(ddTexts(g, "Relationship")).toEqual(["Mother"]);
    expect(g.textContent).toContain("Provider organization: DoctorsTogether Group");
  });

  it("links tel: and mailto: telecoms but never javascript:", () => {
    const hrefs = Array.from(details.querySelectorAll("a")).map((a) => a.getAttribute("href"));
    expect(hrefs).toContain("tel:+1(555)555-2003");
    expect(hrefs).toContain("mailto:eve@example.org");
    expect(hrefs.some((h) => h?.toLowerCase().includes("javascript"))).toBe(false);
    expect(groupOf(details, "Patient").textContent).toContain("javascript:alert(1)");
  });

  it("shows person and device authors with time, function and ids", () => {
    const g = groupOf(details, "Authors");
    expect(g.textContent).toContain("Dr. Patricia Primary");
    expect(ddTexts(g, "Function")).toEqual(["Primary care physician"]);
    expect(ddTexts(g, "Identifier")).toEqual(["5555555555 (NPI)"]);
    expect(ddTexts(g, "Role")).toEqual(["Family Medicine"]);
    expect(ddTexts(g, "Time")).toEqual(["14 Jan 2024", "15 Jan 2024"]);
    expect(g.textContent).toContain("Acme Summary Builder (Acme EHR 9)");
    expect(g.textContent).toContain("Acme Health System");
  });

  it("shows signers with their signature", () => {
    const legal = groupOf(details, "Legal authenticator");
    expect(legal.textContent).toContain("Dr. Larry Legal");
    expect(ddTexts(legal, "Signature")).toEqual(["Signed"]);
    expect(ddTexts(legal, "Signed at")).toEqual(["15 Jan 2024, 11:00:00 AM UTC\u221205:00"]);
    expect(groupOf(details, "Authenticator").textContent).toContain("Dr. Anna Auth");
  });

  it("labels participants, informants, data enterer and recipients", () => {
    const p = groupOf(details, "Participants");
    expect(ddTexts(p, "Relationship")).toEqual(["Emergency contact", "Caregiver"]);
    expect(ddTexts(p, "Participation")).toEqual(["Indirect participant", "Indirect participant"]);
    expect(p.textContent).toContain("Sally Sister");
    expect(ddTexts(p, "Function")).toEqual(["Primary care physician"]);
    const inf = groupOf(details, "Informants");
    expect(inf.textContent).toContain("Dr. Harold Hippocrates");
    expect(inf.textContent).toContain("Frank Everyman");
    expect(ddTexts(inf, "Role")).toEqual(["Spouse"]);
    expect(groupOf(details, "Data enterer").textContent).toContain("Dr. Ellen Enter");
    const rec = groupOf(details, "Information recipient");
    expect(rec.textContent).toContain("Dr. Nancy Nightingale");
    expect(rec.textContent).toContain("Community Hospital");
    expect(groupOf(details, "Custodian").textContent).toContain("321CX (NPI)");
  });

  it("shows service event, encounter with its participants, order and consent", () => {
    const se = groupOf(details, "Service event");
    expect(ddTexts(se, "Service")).toEqual(["Office visit (CPT 99213)"]);
    expect(ddTexts(se, "Time")).toEqual(["1 Jan 2023 \u2013 15 Jan 2024"]);
    expect(se.textContent).toContain("Dr. Paul Performer");
    expect(ddTexts(se, "Participation")).toEqual(["Performer"]);
    const enc = groupOf(details, "Encounter");
    expect(ddTexts(enc, "Identifier")[0]).toBe("ENC-12 (1.9)");
    expect(ddTexts(enc, "Discharge disposition")).toEqual(["Discharged to home"]);
    expect(ddTexts(enc, "Responsible party")).toEqual(["Dr. Rita Responsible"]);
    expect(ddTexts(enc, "Location")[0]).toContain("Good Health Hospital, Ward 4B");
    expect(ddTexts(enc, "Participation")).toEqual([
      "Attending",
      "Admitting",
      "Consulting",
      "Discharging",
      "Referring",
    ]);
    expect(ddTexts(groupOf(details, "Order fulfilled"), "Order")).toEqual(["ORD-77 (1.9.9)"]);
    const consent = groupOf(details, "Consent");
    expect(ddTexts(consent, "Type")).toEqual(["Procedure consent"]);
    expect(ddTexts(consent, "Consent")).toEqual(["CONSENT-5 (1.9)"]);
  });

  it("never prints undefined/null and records no warnings for clean data", () => {
    const html = toHtml([out.summary, out.details]);
    expect(html).not.toMatch(/undefined|null|\[object/);
    expect(ctx.warnings.toArray()).toEqual([]);
  });
});

describe("renderHeader with sparse or odd headers", () => {
  it("falls back to the type's displayName, then to 'Clinical document'", () => {
    expect(
      render(
        `<ClinicalDocument ${V3}><code code="1" displayName="Progress note"/><title>  </title></ClinicalDocument>`,
      ).out.title,
    ).toBe("Progress note");
    const bare = render(`<ClinicalDocument ${V3}/>`);
    expect(bare.out.title).toBe("Clinical document");
    const groups = Array.from(bare.details.querySelectorAll("h2")).map((h) => h.textContent);
    expect(groups).toEqual(["Document"]);
    expect(bare.summary.querySelector(".ccda-badge")).toBeNull();
  });

  it("works without the v3 namespace", () => {
    const { out, summary } = render(
      "<ClinicalDocument><title>No NS</title><recordTarget><patientRole><patient><name><given>A</given><family>B</family></name></patient></patientRole></recordTarget></ClinicalDocument>",
    );
    expect(out.title).toBe("No NS");
    expect(ddTexts(summary, "Patient")).toEqual(["A B"]);
  });

  it("summarises the legal name and the first real identifier", () => {
    const { summary } = render(
      `<ClinicalDocument ${V3}><recordTarget><patientRole><id nullFlavor="NI"/><id root="1.2" extension="MRN1"/><patient>
        <name use="P"><given>Nick</given></name><name use="L"><given>Nicholas</given><family>Name</family></name>
      </patient></patientRole></recordTarget></ClinicalDocument>`,
    );
    expect(ddTexts(summary, "Patient")).toEqual(["Nicholas Name"]);
    expect(ddTexts(summary, "Patient ID")).toEqual(["MRN1 (1.2)"]);
  });

  it("shows a nullFlavor birth time as words and no age", () => {
    const { summary } = render(
      `<ClinicalDocument ${V3}><recordTarget><patientRole><patient><birthTime nullFlavor="UNK"/><administrativeGenderCode code="UN"/></patient></patientRole></recordTarget></ClinicalDocument>`,
      "20240101",
    );
    expect(ddTexts(summary, "Born")).toEqual(["Unknown"]);
    expect(ddTexts(summary, "Sex")).toEqual(["Undifferentiated"]);
  });

  it("warns about an invalid date and shows it as written", () => {
    const { summary, ctx } = render(
      `<ClinicalDocument ${V3}><effectiveTime value="2024-01-15"/><recordTarget><patientRole><patient><birthTime value="19701399"/></patient></patientRole></recordTarget></ClinicalDocument>`,
    );
    expect(ddTexts(summary, "Date")).toEqual(["2024-01-15"]);
    expect(ddTexts(summary, "Born")).toEqual(["19701399"]);
    // Once each, although summary and details both show them.
    expect(ctx.warnings.toArray().map((w) => w.message)).toEqual([
      'Not a valid date/time: "2024-01-15"',
      'Not a valid date/time: "19701399"',
    ]);
  });

  it("gives no badge for normal confidentiality and shows other codes' words", () => {
    const normal = render(
      `<ClinicalDocument ${V3}><confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/></ClinicalDocument>`,
    );
    expect(normal.summary.querySelector(".ccda-badge")).toBeNull();
    const very = render(
      `<ClinicalDocument ${V3}><confidentialityCode code="V" codeSystem="2.16.840.1.113883.5.25"/></ClinicalDocument>`,
    );
    expect(very.summary.querySelector(".ccda-badge-confidential")?.textContent).toBe("Very restricted");
  });

  it("shows an organization-only author as the organization itself", () => {
    const { details, summary } = render(
      `<ClinicalDocument ${V3}><author><time value="2024"/><assignedAuthor><id nullFlavor="NI"/>
        <representedOrganization><name>Lab Corp</name><telecom use="WP" value="tel:555"/></representedOrganization>
      </assignedAuthor></author></ClinicalDocument>`,
    );
    expect(ddTexts(summary, "Author")).toEqual(["Lab Corp"]);
    expect(details.querySelector(".ccda-header-entity-name")?.textContent).toBe("Lab Corp");
    expect(ddTexts(details, "Contact")).toEqual(["Work phone: 555"]);
    expect(ddTexts(details, "Organization")).toEqual([]);
    expect(ddTexts(details, "Identifier")).toEqual([]);
  });

  it("labels APND and XFRM related documents", () => {
    const { details } = render(
      `<ClinicalDocument ${V3}><relatedDocument typeCode="APND"><parentDocument><id root="9.9" extension="P1"/></parentDocument></relatedDocument><relatedDocument typeCode="XFRM"><parentDocument><id root="9.9" extension="P2"/></parentDocument></relatedDocument></ClinicalDocument>`,
    );
    expect(ddTexts(details, "Related document")).toEqual(["Appends: P1 (9.9)", "Transforms: P2 (9.9)"]);
  });

  it("escapes hostile text from the document", () => {
    const { out } = render(
      `<ClinicalDocument ${V3}><title>&lt;img src=x onerror=alert(1)&gt;</title></ClinicalDocument>`,
    );
    const html = toHtml([out.summary]);
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).not.toContain("<img");
  });
});
