/** LOINC codes, titles and template ids of the C-CDA sections the generator writes. */
import { templateId } from "./ccda-common";

import type { Child, XmlElement } from "./xml-writer";
import { el } from "./xml-writer";

interface SectionDef {
  template: string;
  extension?: string;
  code: string;
  display: string;
  title: string;
}

const def = (
  template: string,
  extension: string | undefined,
  code: string,
  display: string,
  title: string,
): SectionDef =>
  extension === undefined
    ? { template, code, display, title }
    : { template, extension, code, display, title };

const C = "2.16.840.1.113883.10.20.22.2";
const IHE = "1.3.6.1.4.1.19376.1.5.3.1.3";

export const SECTIONS = {
  allergies: def(
    `${C}.6.1`,
    "2015-08-01",
    "48765-2",
    "Allergies and adverse reactions Document",
    "Allergies and Adverse Reactions",
  ),
  medications: def(`${C}.1.1`, "2014-06-09", "10160-0", "History of Medication use Narrative", "Medications"),
  problems: def(`${C}.5.1`, "2015-08-01", "11450-4", "Problem list - Reported", "Problems"),
  results: def(
    `${C}.3.1`,
    "2015-08-01",
    "30954-2",
    "Relevant diagnostic tests/laboratory data Narrative",
    "Results",
  ),
  vitals: def(`${C}.4.1`, "2015-08-01", "8716-3", "Vital signs", "Vital Signs"),
  immunizations: def(
    `${C}.2.1`,
    "2015-08-01",
    "11369-6",
    "History of Immunization Narrative",
    "Immunizations",
  ),
  procedures: def(`${C}.7.1`, "2014-06-09", "47519-4", "History of Procedures Document", "Procedures"),
  encounters: def(
    `${C}.22.1`,
    "2015-08-01",
    "46240-8",
    "History of Hospitalizations+Outpatient visits Narrative",
    "Encounters",
  ),
  social: def(`${C}.17`, "2015-08-01", "29762-2", "Social history Narrative", "Social History"),
  plan: def(`${C}.10`, "2014-06-09", "18776-5", "Plan of care note", "Plan of Treatment"),
  hospitalCourse: def(`${IHE}.5`, undefined, "8648-8", "Hospital course Narrative", "Hospital Course"),
  assessment: def(`${C}.8`, undefined, "51848-0", "Evaluation note", "Assessment"),
  assessmentPlan: def(`${C}.9`, "2014-06-09", "51847-2", "Evaluation + Plan note", "Assessment and Plan"),
  reasonForReferral: def(
    `${IHE}.1`,
    "2014-06-09",
    "42349-1",
    "Reason for referral (narrative)",
    "Reason for Referral",
  ),
  instructions: def(`${C}.45`, "2014-06-09", "69730-0", "Instructions", "Instructions"),
  chiefComplaint: def(
    `${C}.13`,
    undefined,
    "46239-0",
    "Chief complaint+Reason for visit Narrative",
    "Chief Complaint and Reason for Visit",
  ),
  hpi: def(
    `${IHE}.4`,
    undefined,
    "10164-2",
    "History of Present illness Narrative",
    "History of Present Illness",
  ),
  physicalExam: def(`${C}.2.10`, "2015-08-01", "29545-1", "Physical findings Narrative", "Physical Exam"),
  ros: def(`${IHE}.18`, undefined, "10187-3", "Review of systems Narrative", "Review of Systems"),
  pastHistory: def(
    `${C}.20`,
    "2015-08-01",
    "11348-0",
    "History of Past illness Narrative",
    "Past Medical History",
  ),
  familyHistory: def(
    `${C}.15`,
    "2015-08-01",
    "10157-6",
    "History of family member diseases Narrative",
    "Family History",
  ),
  dischargeDiagnosis: def(
    `${C}.24`,
    "2015-08-01",
    "11535-2",
    "Hospital discharge Dx Narrative",
    "Discharge Diagnosis",
  ),
  dischargeMeds: def(
    `${C}.11.1`,
    "2015-08-01",
    "10183-2",
    "Hospital discharge medications Narrative",
    "Discharge Medications",
  ),
  dischargeInstructions: def(
    `${C}.41`,
    undefined,
    "8653-8",
    "Hospital Discharge instructions",
    "Hospital Discharge Instructions",
  ),
  admissionDiagnosis: def(
    `${C}.43`,
    "2015-08-01",
    "46241-6",
    "Hospital admission diagnosis Narrative - Reported",
    "Admission Diagnosis",
  ),
  mediaAttachments: def(
    `${C}.7.1`,
    "2014-06-09",
    "47519-4",
    "History of Procedures Document",
    "Procedure Images",
  ),
} as const satisfies Record<string, SectionDef>;

export type SectionName = keyof typeof SECTIONS;

export interface SectionParts {
  /** The `<text>` element; `null` writes an empty `<text/>`. */
  text: XmlElement | null;
  entries?: readonly XmlElement[];
  /** Nested `component/section` elements (sub-sections). */
  subsections?: readonly XmlElement[];
  /** Override the default title. */
  title?: string;
}

/** `component/section` with template id, LOINC code, title, narrative, entries and sub-sections. */
export function section(name: SectionName, parts: SectionParts): XmlElement {
  const d: SectionDef = SECTIONS[name];
  const children: Child[] = [
    templateId(d.template, d.extension),
    el("code", {
      code: d.code,
      codeSystem: "2.16.840.1.113883.6.1",
      codeSystemName: "LOINC",
      displayName: d.display,
    }),
    el("title", null, parts.title ?? d.title),
    parts.text ?? el("text"),
    (parts.entries ?? []).map((entry) => el("entry", { typeCode: "DRIV" }, entry)),
    parts.subsections ?? [],
  ];
  return el("component", null, el("section", null, ...children));
}

/** A plain sub-section (no template) used for nesting. */
export function subsection(title: string, text: XmlElement, ...nested: XmlElement[]): XmlElement {
  return el("component", null, el("section", null, el("title", null, title), text, nested));
}
