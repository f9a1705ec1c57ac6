import { describe, expect, it } from "vitest";
import { GENERATED_NOTE, renderEntriesTable } from "../../../../src/ccda/render/entries-table";
import { makeCtx, mount, parseXml, V3 } from "../header/test-context";

/** A section with a LOINC code, an empty <text/> and the given entries. */
function render(loinc: string | undefined, entries: string, extra = "") {
  const code = loinc === undefined ? "" : `<code code="${loinc}" codeSystem="2.16.840.1.113883.6.1"/>`;
  const root = parseXml(
    `<section ${V3}>${code}<title>Test section</title><text/>${extra}${entries}</section>`,
  );
  const ctx = makeCtx(root);
  const node = renderEntriesTable(root, ctx);
  const div = mount(node);
  const headers = Array.from(div.querySelectorAll("thead th")).map((th) => th.textContent);
  const rows = Array.from(div.querySelectorAll("tbody tr")).map((tr) =>
    Array.from(tr.querySelectorAll("td")).map((td) => td.textContent),
  );
  return { node, div, ctx, headers, rows };
}

const cd = (code: string, display: string, system = "2.16.840.1.113883.6.96"): string =>
  `code="${code}" codeSystem="${system}" displayName="${display}"`;

describe("renderEntriesTable", () => {
  it("returns undefined without entries and records nothing", () => {
    const { node, ctx } = render("11450-4", "");
    expect(node).toBeUndefined();
    expect(ctx.warnings.toArray()).toEqual([]);
  });

  it("marks the table as generated and warns once", () => {
    const { div, ctx } = render(
      "11450-4",
      `<entry><observation><code code="1"/><value xsi:type="CD" ${cd("38341003", "Hypertension")}/></observation></entry>`,
    );
    expect(div.querySelector("div.ccda-generated > p")?.textContent).toBe(GENERATED_NOTE);
    expect(div.querySelector("div.ccda-generated table")).not.toBeNull();
    expect(ctx.warnings.toArray()).toEqual([
      {
        kind: "generated-from-entries",
        message: "No narrative text; a table was generated from the coded entries",
        where: "Test section",
      },
    ]);
  });

  it("problems: concern act → problem observation, with status observation and dates", () => {
    const { headers, rows } = render(
      "11450-4",
      `<entry><act classCode="ACT" moodCode="EVN"><code code="CONC"/><statusCode code="active"/>
        <effectiveTime><low value="20200101"/></effectiveTime>
        <entryRelationship typeCode="SUBJ"><observation><code ${cd("55607006", "Problem")}/>
          <effectiveTime><low value="20190315"/></effectiveTime>
          <value xsi:type="CD" ${cd("44054006", "Diabetes mellitus type 2")}/>
          <entryRelationship typeCode="REFR"><observation><code code="33999-4" codeSystem="2.16.840.1.113883.6.1"/>
            <value xsi:type="CD" code="55561003" displayName="Active"/></observation></entryRelationship>
        </observation></entryRelationship></act></entry>
       <entry><act><code code="CONC"/><statusCode code="completed"/>
        <entryRelationship typeCode="SUBJ"><observation><code code="55607006"/>
          <effectiveTime><low value="2010"/><high value="2012"/></effectiveTime>
          <value xsi:type="CD" code="195967001" codeSystem="2.16.840.1.113883.6.96"/></observation></entryRelationship></act></entry>`,
    );
    expect(headers).toEqual(["Problem", "Status", "Dates"]);
    expect(rows).toEqual([
      ["Diabetes mellitus type 2", "Active", "from 15 Mar 2019"],
      ["195967001 (SNOMED CT)", "Completed", "2010 \u2013 2012"],
    ]);
  });

  it("medications: product, dose, route, frequency, dates, status", () => {
    const { headers, rows } = render(
      "10160-0",
      `<entry><substanceAdministration classCode="SBADM" moodCode="INT"><statusCode code="active"/>
        <effectiveTime xsi:type="IVL_TS"><low value="20240101"/></effectiveTime>
        <effectiveTime xsi:type="PIVL_TS" operator="A"><period value="12" unit="h"/></effectiveTime>
        <routeCode code="C38288" codeSystem="2.16.840.1.113883.3.26.1.1" displayName="Oral"/>
        <doseQuantity value="1"/><administrationUnitCode code="C48542" displayName="Tablet"/>
        <consumable><manufacturedProduct><manufacturedMaterial><code ${cd("197361", "Amlodipine 5 MG Oral Tablet", "2.16.840.1.113883.6.88")}/></manufacturedMaterial></manufacturedProduct></consumable>
      </substanceAdministration></entry>`,
    );
    expect(headers).toEqual(["Medication", "Dose", "Route", "Frequency", "Dates", "Status"]);
    expect(rows).toEqual([
      ["Amlodipine 5 MG Oral Tablet", "1 Tablet", "Oral", "every 12 h", "from 1 Jan 2024", "Active"],
    ]);
  });

  it("allergies: allergen from playingEntity, type, reaction and severity", () => {
    const { headers, rows } = render(
      "48765-2",
      `<entry><act><code code="CONC"/><statusCode code="active"/>
        <entryRelationship typeCode="SUBJ"><observation><code code="ASSERTION"/>
          <effectiveTime><low value="2005"/></effectiveTime>
          <value xsi:type="CD" ${cd("416098002", "Drug allergy")}/>
          <participant typeCode="CSM"><participantRole classCode="MANU"><playingEntity classCode="MMAT">
            <code ${cd("7980", "Penicillin G", "2.16.840.1.113883.6.88")}/></playingEntity></participantRole></participant>
          <entryRelationship typeCode="MFST" inversionInd="true"><observation><code code="ASSERTION"/>
            <value xsi:type="CD" ${cd("247472004", "Hives")}/>
            <entryRelationship typeCode="SUBJ"><observation><code code="SEV"/><value xsi:type="CD" ${cd("6736007", "Moderate")}/></observation></entryRelationship>
          </observation></entryRelationship>
        </observation></entryRelationship></act></entry>`,
    );
    expect(headers).toEqual(["Allergen", "Type", "Reaction", "Severity", "Status", "Dates"]);
    expect(rows).toEqual([["Penicillin G", "Drug allergy", "Hives", "Moderate", "Active", "from 2005"]]);
  });

  it("results: organizer components with value, interpretation and reference range", () => {
    const { headers, rows } = render(
      "30954-2",
      `<entry><organizer classCode="BATTERY"><code ${cd("24357-6", "Urinalysis", "2.16.840.1.113883.6.1")}/>
        <effectiveTime value="20240110"/>
        <component><observation><code ${cd("5811-5", "Specific gravity", "2.16.840.1.113883.6.1")}/>
          <value xsi:type="REAL" value="1.015"/>
          <interpretationCode code="N" codeSystem="2.16.840.1.113883.5.83"/>
          <referenceRange><observationRange><value xsi:type="IVL_PQ"><low value="1.005"/><high value="1.030"/></value></observationRange></referenceRange>
        </observation></component>
        <component><observation><code ${cd("2093-3", "Cholesterol", "2.16.840.1.113883.6.1")}/>
          <effectiveTime value="202401111430"/>
          <value xsi:type="PQ" value="250" unit="mg/dL"/>
          <interpretationCode code="H" codeSystem="2.16.840.1.113883.5.83"/>
          <referenceRange><observationRange><text>&lt;200 mg/dL</text></observationRange></referenceRange>
        </observation></component>
      </organizer></entry>`,
    );
    expect(headers).toEqual(["Panel", "Test", "Value", "Interpretation", "Reference range", "Date"]);
    expect(rows).toEqual([
      ["Urinalysis", "Specific gravity", "1.015", "Normal", "1.005 \u2013 1.030", "10 Jan 2024"],
      ["Urinalysis", "Cholesterol", "250 mg/dL", "High", "<200 mg/dL", "11 Jan 2024, 2:30 PM"],
    ]);
  });

  it("vital signs: organizer components", () => {
    const { headers, rows } = render(
      "8716-3",
      `<entry><organizer classCode="CLUSTER"><code code="46680005"/><effectiveTime value="20240110"/>
        <component><observation><code ${cd("8480-6", "Systolic blood pressure", "2.16.840.1.113883.6.1")}/><value xsi:type="PQ" value="120" unit="mm[Hg]"/></observation></component>
        <component><observation><code ${cd("8310-5", "Body temperature", "2.16.840.1.113883.6.1")}/><value xsi:type="PQ" value="37.2" unit="Cel"/></observation></component>
      </organizer></entry>`,
    );
    expect(headers).toEqual(["Vital sign", "Value", "Date"]);
    expect(rows).toEqual([
      ["Systolic blood pressure", "120 mm[Hg]", "10 Jan 2024"],
      ["Body temperature", "37.2 Cel", "10 Jan 2024"],
    ]);
  });

  it("immunizations: vaccine, date, status (incl. not given), lot", () => {
    const vaccine = (neg: string, lot: string) =>
      `<entry><substanceAdministration moodCode="EVN" negationInd="${neg}"><statusCode code="completed"/><effectiveTime value="20231001"/>
        <consumable><manufacturedProduct><manufacturedMaterial><code ${cd("141", "Influenza, seasonal, injectable", "2.16.840.1.113883.12.292")}/>${lot}</manufacturedMaterial></manufacturedProduct></consumable>
      </substanceAdministration></entry>`;
    const { headers, rows } = render(
      "11369-6",
      vaccine("false", "<lotNumberText>LOT-1</lotNumberText>") + vaccine("true", ""),
    );
    expect(headers).toEqual(["Vaccine", "Date", "Status", "Lot"]);
    expect(rows).toEqual([
      ["Influenza, seasonal, injectable", "1 Oct 2023", "Completed", "LOT-1"],
      ["Influenza, seasonal, injectable", "1 Oct 2023", "Not given (Completed)", ""],
    ]);
  });

  it("procedures: name, date, status, site", () => {
    const { headers, rows } = render(
      "47519-4",
      `<entry><procedure><code ${cd("80146002", "Appendectomy")}/><statusCode code="completed"/><effectiveTime value="2015"/>
        <targetSiteCode ${cd("66754008", "Appendix structure")}/></procedure></entry>`,
    );
    expect(headers).toEqual(["Procedure", "Date", "Status", "Site"]);
    expect(rows).toEqual([["Appendectomy", "2015", "Completed", "Appendix structure"]]);
  });

  it("encounters: type, date, location and diagnosis", () => {
    const { headers, rows } = render(
      "46240-8",
      `<entry><encounter><code ${cd("99213", "Office visit", "2.16.840.1.113883.6.12")}/><effectiveTime value="20240110"/>
        <participant typeCode="LOC"><participantRole><playingEntity><name>Good Health Clinic</name></playingEntity></participantRole></participant>
        <entryRelationship typeCode="RSON"><act><code code="29308-4"/>
          <entryRelationship typeCode="SUBJ"><observation><code code="282291009"/><value xsi:type="CD" ${cd("195662009", "Acute viral pharyngitis")}/></observation></entryRelationship>
        </act></entryRelationship></encounter></entry>`,
    );
    expect(headers).toEqual(["Encounter", "Date", "Location", "Diagnosis"]);
    expect(rows).toEqual([["Office visit", "10 Jan 2024", "Good Health Clinic", "Acute viral pharyngitis"]]);
  });

  it("social history: item, value, date", () => {
    const { headers, rows } = render(
      "29762-2",
      `<entry><observation><code ${cd("72166-2", "Tobacco smoking status", "2.16.840.1.113883.6.1")}/><effectiveTime value="20240110"/>
        <value xsi:type="CD" ${cd("8517006", "Former smoker")}/></observation></entry>`,
    );
    expect(headers).toEqual(["Item", "Value", "Date"]);
    expect(rows).toEqual([["Tobacco smoking status", "Former smoker", "10 Jan 2024"]]);
  });

  it("social history: names a bare ASSERTION by its template and hides NI/NA placeholders", () => {
    const { rows } = render(
      "29762-2",
      `<entry><observation><templateId root="2.16.840.1.113883.10.20.22.4.78"/><code code="ASSERTION" codeSystem="2.16.840.1.113883.5.4"/>
        <effectiveTime value="2023"/><value xsi:type="CD" ${cd("266919005", "Never smoked tobacco")}/>
        <interpretationCode nullFlavor="NA"/></observation></entry>`,
    );
    expect(rows).toEqual([["Smoking status", "Never smoked tobacco", "2023"]]);
  });

  it("other sections: a generic table, with names from referenced narrative", () => {
    const { headers, rows, ctx } = render(
      "42348-3",
      `<entry><observation><code nullFlavor="UNK"><originalText><reference value="#ad1"/></originalText></code>
        <statusCode code="completed"/><effectiveTime><low value="2020"/></effectiveTime>
        <value xsi:type="ST">Do not resuscitate</value></observation></entry>
       <entry><act><code code="X"><originalText><reference value="#missing"/></originalText></code></act></entry>`,
      '<paragraph ID="ad1">Advance directive</paragraph>',
    );
    expect(headers).toEqual(["Entry", "Status", "Dates", "Value"]);
    expect(rows).toEqual([
      ["Advance directive", "Completed", "from 2020", "Do not resuscitate"],
      ["X", "", "", ""],
    ]);
    expect(ctx.warnings.toArray().map((w) => w.kind)).toEqual(["broken-reference", "generated-from-entries"]);
  });

  it("sections without a code use the generic table and open organizers", () => {
    const { headers, rows } = render(
      undefined,
      `<entry><organizer><code code="O"/><component><observation><code displayName="Inner"/><value xsi:type="INT" value="3"/></observation></component></organizer></entry>`,
    );
    expect(headers).toEqual(["Entry", "Value"]);
    expect(rows).toEqual([["Inner", "3"]]);
  });

  it("escapes entry text", () => {
    const { node, div } = render(
      undefined,
      `<entry><observation><code displayName="&lt;script&gt;alert(1)&lt;/script&gt;"/></observation></entry>`,
    );
    expect(node).toBeDefined();
    expect(div.querySelector("script")).toBeNull();
    expect(div.querySelector("td")?.textContent).toBe("<script>alert(1)</script>");
  });
});
