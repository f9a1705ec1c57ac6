/** Small hand-written C-CDA documents for the story tests: one builder, sections passed in as XML text. */

export interface SectionSpec {
  code?: string;
  templateId?: string;
  title: string;
  text?: string;
  entries?: string[];
  id?: string;
}

function section(spec: SectionSpec): string {
  const code =
    spec.code === undefined ? "" : `<code code="${spec.code}" codeSystem="2.16.840.1.113883.6.1"/>`;
  const template = spec.templateId === undefined ? "" : `<templateId root="${spec.templateId}"/>`;
  const entries = (spec.entries ?? []).map((e) => `<entry>${e}</entry>`).join("");
  const id = spec.id === undefined ? "" : ` ID="${spec.id}"`;
  return `<component><section${id}>${template}${code}<title>${spec.title}</title>${
    spec.text === undefined ? "" : `<text>${spec.text}</text>`
  }${entries}</section></component>`;
}

export function cdaDocument(
  time: string,
  sections: SectionSpec[],
  title = "Summary",
  typeCode = "34133-9",
): string {
  return `<?xml version="1.0"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<code code="${typeCode}" codeSystem="2.16.840.1.113883.6.1" displayName="Summarization of episode note"/>
<title>${title}</title><effectiveTime value="${time}"/>
<component><structuredBody>${sections.map(section).join("")}</structuredBody></component>
</ClinicalDocument>`;
}

const SNOMED = "2.16.840.1.113883.6.96";
const RXNORM = "2.16.840.1.113883.6.88";
const LOINC = "2.16.840.1.113883.6.1";

export function problem(
  code: string,
  display: string,
  actStatus: string,
  low: string,
  high?: string,
): string {
  const end = high === undefined ? "" : `<high value="${high}"/>`;
  return `<act classCode="ACT" moodCode="EVN"><code code="CONC" codeSystem="2.16.840.1.113883.5.6"/>
<statusCode code="${actStatus}"/><entryRelationship typeCode="SUBJ"><observation classCode="OBS" moodCode="EVN">
<code code="55607006" codeSystem="${SNOMED}"/><statusCode code="completed"/>
<effectiveTime><low value="${low}"/>${end}</effectiveTime>
<value xsi:type="CD" code="${code}" codeSystem="${SNOMED}" displayName="${display}"/></observation></entryRelationship></act>`;
}

/** A medication whose name only exists in the narrative (originalText reference). */
export function medication(
  code: string,
  refId: string,
  dose: string,
  status: string,
  low: string,
  high?: string,
) {
  const end = high === undefined ? `<high nullFlavor="UNK"/>` : `<high value="${high}"/>`;
  return `<substanceAdministration classCode="SBADM" moodCode="EVN"><statusCode code="${status}"/>
<effectiveTime xsi:type="IVL_TS"><low value="${low}"/>${end}</effectiveTime>
<doseQuantity value="${dose}" unit="mg"/><consumable><manufacturedProduct><manufacturedMaterial>
<code code="${code}" codeSystem="${RXNORM}"><originalText><reference value="#${refId}"/></originalText></code>
</manufacturedMaterial></manufacturedProduct></consumable></substanceAdministration>`;
}

export function result(code: string, display: string, value: string, unit: string, when: string): string {
  return `<organizer classCode="BATTERY" moodCode="EVN"><code code="24323-8" codeSystem="${LOINC}" displayName="Metabolic panel"/>
<statusCode code="completed"/><effectiveTime value="${when}"/><component><observation classCode="OBS" moodCode="EVN">
<code code="${code}" codeSystem="${LOINC}" displayName="${display}"/><statusCode code="completed"/>
<effectiveTime value="${when}"/><value xsi:type="PQ" value="${value}" unit="${unit}"/>
<interpretationCode code="H" codeSystem="2.16.840.1.113883.5.83"/></observation></component></organizer>`;
}

export function immunization(code: string, display: string, when: string, refused = false): string {
  return `<substanceAdministration classCode="SBADM" moodCode="EVN" negationInd="${String(refused)}">
<statusCode code="completed"/><effectiveTime value="${when}"/><consumable><manufacturedProduct><manufacturedMaterial>
<code code="${code}" codeSystem="2.16.840.1.113883.12.292" displayName="${display}"/><lotNumberText>L1</lotNumberText>
</manufacturedMaterial></manufacturedProduct></consumable></substanceAdministration>`;
}

export function encounter(code: string, display: string, low: string, high: string): string {
  return `<encounter classCode="ENC" moodCode="EVN"><code code="${code}" codeSystem="2.16.840.1.113883.6.12" displayName="${display}"/>
<effectiveTime><low value="${low}"/><high value="${high}"/></effectiveTime></encounter>`;
}

export function allergy(code: string, display: string, reaction: string): string {
  return `<act classCode="ACT" moodCode="EVN"><code code="CONC" codeSystem="2.16.840.1.113883.5.6"/><statusCode code="active"/>
<entryRelationship typeCode="SUBJ"><observation classCode="OBS" moodCode="EVN"><code code="ASSERTION" codeSystem="2.16.840.1.113883.5.4"/>
<statusCode code="completed"/><value xsi:type="CD" code="419511003" codeSystem="${SNOMED}"/>
<participant typeCode="CSM"><participantRole><playingEntity><code code="${code}" codeSystem="${RXNORM}" displayName="${display}"/></playingEntity></participantRole></participant>
<entryRelationship typeCode="MFST"><observation classCode="OBS" moodCode="EVN"><code code="ASSERTION" codeSystem="2.16.840.1.113883.5.4"/>
<value xsi:type="CD" code="247472004" codeSystem="${SNOMED}" displayName="${reaction}"/></observation></entryRelationship>
</observation></entryRelationship></act>`;
}

export function procedure(code: string, display: string, when: string): string {
  return `<procedure classCode="PROC" moodCode="EVN"><code code="${code}" codeSystem="${SNOMED}" displayName="${display}"/>
<statusCode code="completed"/><effectiveTime value="${when}"/></procedure>`;
}

export function vital(code: string, display: string, value: string, unit: string, when: string): string {
  return `<organizer classCode="CLUSTER" moodCode="EVN"><code code="46680005" codeSystem="${SNOMED}"/><statusCode code="completed"/>
<effectiveTime value="${when}"/><component><observation classCode="OBS" moodCode="EVN"><code code="${code}" codeSystem="${LOINC}" displayName="${display}"/>
<statusCode code="completed"/><effectiveTime value="${when}"/><value xsi:type="PQ" value="${value}" unit="${unit}"/></observation></component></organizer>`;
}
