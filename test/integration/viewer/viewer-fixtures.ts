/** Small C-CDA documents for the viewer's component tests. */
const V3 = 'xmlns="urn:hl7-org:v3"';

export function ccd(sections: readonly string[], code = "34133-9"): string {
  const body = sections.map((s) => `<component>${s}</component>`).join("");
  return `<?xml version="1.0"?><ClinicalDocument ${V3}><code code="${code}" codeSystem="2.16.840.1.113883.6.1" displayName="Summarization of Episode Note"/><title>Test CCD</title><effectiveTime value="20240301"/><component><structuredBody>${body}</structuredBody></component></ClinicalDocument>`;
}

export function sec(title: string, text: string, code?: string): string {
  const c = code === undefined ? "" : `<code code="${code}"/>`;
  return `<section>${c}<title>${title}</title><text>${text}</text></section>`;
}

const row = (cells: readonly string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join("")}</tr>`;

export const RESULTS_TABLE = `<table><thead><tr><th>Test</th><th>Date</th></tr></thead><tbody>${[
  ["A1c", "2021-01-05"],
  ["LDL", "2023-04-01"],
  ["A1c", "2021-01-05"],
  ["HDL", "2022-03-02"],
  ["A1c", "2021-01-05"],
]
  .map(row)
  .join("")}</tbody></table>`;

export const SAMPLE = ccd([
  sec("Allergies", "Penicillin causes hives", "48765-2"),
  sec("Medications", "Metformin 500 mg twice daily", "10160-0"),
  sec("Results", RESULTS_TABLE, "30954-2"),
  sec("Plan", "Follow up in three months; recheck hives", "18776-5"),
]);
