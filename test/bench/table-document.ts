/**
 * A C-CDA whose Results section holds one narrative table of `rows` rows (the "20,000-row table"):
 * the worst case for a renderer that builds a section in one go. A short section comes first, so progressive
 * rendering has something to show before the table. Deterministic: the same rows every run.
 */

const HEADER = `<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.19.5.99999.1" extension="bench-table"/>
  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summary of episode note"/>
  <title>Bench: laboratory history (%ROWS% rows)</title>
  <effectiveTime value="20240101120000-0500"/>
  <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>
  <languageCode code="en-US"/>
  <recordTarget><patientRole><id root="2.16.840.1.113883.19.5" extension="bench-1"/>
    <patient><name><given>Bench</given><family>Table</family></name>
      <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/><birthTime value="19700101"/></patient>
  </patientRole></recordTarget>
  <author><time value="20240101120000-0500"/><assignedAuthor><id root="2.16.840.1.113883.4.6" extension="1"/>
    <assignedPerson><name><given>Ada</given><family>Bench</family></name></assignedPerson></assignedAuthor></author>
  <custodian><assignedCustodian><representedCustodianOrganization><id root="2.16.840.1.113883.19.5"/>
    <name>Bench Clinic</name></representedCustodianOrganization></assignedCustodian></custodian>
  <component><structuredBody>
    <component><section>
      <code code="48765-2" codeSystem="2.16.840.1.113883.6.1" displayName="Allergies"/>
      <title>Allergies</title>
      <text><paragraph>No known drug allergies.</paragraph></text>
    </section></component>
    <component><section>
      <code code="30954-2" codeSystem="2.16.840.1.113883.6.1" displayName="Results"/>
      <title>Results</title>
      <text><table border="1" width="100%"><thead><tr><th>Date</th><th>Test</th><th>Value</th><th>Unit</th><th>Range</th><th>Flag</th></tr></thead>
<tbody>
`;

const FOOTER = `</tbody></table></text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
`;

const TESTS = [
  ["Glucose", "mg/dL", "70-99"],
  ["Sodium", "mmol/L", "135-145"],
  ["Potassium", "mmol/L", "3.5-5.1"],
  ["Creatinine", "mg/dL", "0.6-1.2"],
  ["Hemoglobin", "g/dL", "12.0-15.5"],
] as const;

function row(index: number): string {
  const [name, unit, range] = TESTS[index % TESTS.length] ?? TESTS[0];
  const day = new Date(Date.UTC(2024, 0, 1) - index * 3_600_000).toISOString().slice(0, 16).replace("T", " ");
  const value = ((index * 7919) % 1000) / 10;
  const flag = index % 11 === 0 ? '<content styleCode="Bold">H</content>' : "";
  return `<tr ID="r${index}"><td>${day}</td><td>${name}</td><td>${value.toFixed(1)}</td><td>${unit}</td><td>${range}</td><td>${flag}</td></tr>\n`;
}

export function tableDocument(rows: number): string {
  const parts = [HEADER.replace("%ROWS%", rows.toLocaleString("en-US"))];
  for (let index = 0; index < rows; index += 1) parts.push(row(index));
  parts.push(FOOTER);
  return parts.join("");
}
