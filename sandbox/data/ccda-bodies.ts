/** Which sections each kind of document carries (the showcase CCD carries every narrative feature). */
import {
  showcaseLinks,
  showcaseLists,
  showcaseMultimedia,
  showcaseNestedPlan,
  showcaseStyledText,
} from "./ccda-narrative-samples";
import { showcaseResultsTable, showcaseVitalsTrend } from "./ccda-narrative-tables";
import {
  admissionDiagnosisSection,
  assessmentSection,
  chiefComplaintSection,
  dischargeDiagnosisSection,
  dischargeInstructionsSection,
  familyHistorySection,
  hospitalCourseSection,
  hpiSection,
  instructionsSection,
  pastHistorySection,
  physicalExamSection,
  reasonForReferralSection,
  rosSection,
} from "./ccda-note-sections";
import { resultsSection, vitalsSection } from "./ccda-result-sections";
import {
  allergiesSection,
  encountersSection,
  immunizationsSection,
  medicationsSection,
  planSection,
  problemsSection,
  proceduresSection,
  socialHistorySection,
} from "./ccda-sections";
import type { DocKind } from "./doc-spec";
import { para } from "./narrative";
import type { SectionContext } from "./section-context";
import type { XmlElement } from "./xml-writer";
import { cdata, el } from "./xml-writer";

type BodyBuilder = (ctx: SectionContext) => XmlElement[];

/** An amended version shows what changed with revised="delete"/"insert". */
function amendmentNote(ctx: SectionContext): XmlElement[] {
  if (ctx.spec.docStatus !== "amended") return [];
  return [
    para(
      "Amendment: discharge weight ",
      el("content", { revised: "delete" }, "82.4 kg"),
      el("content", { revised: "insert" }, "78.4 kg"),
      " (scale error corrected by the attending).",
    ),
  ];
}

const plainCcd: BodyBuilder = (ctx) => [
  allergiesSection(ctx),
  medicationsSection(ctx),
  problemsSection(ctx),
  resultsSection(ctx),
  vitalsSection(ctx),
  immunizationsSection(ctx),
  proceduresSection(ctx),
  encountersSection(ctx),
  socialHistorySection(ctx),
  planSection(ctx, { text: amendmentNote(ctx) }),
];

const showcaseCcd: BodyBuilder = (ctx) => {
  const pasted =
    "Pharmacy note (pasted from e-prescribing): metformin ER <-> IR switch OK; A1c target < 7% & fasting glucose 80-130.";
  return [
    allergiesSection(ctx),
    medicationsSection(ctx),
    problemsSection(ctx),
    resultsSection(ctx, { text: [showcaseResultsTable(), showcaseVitalsTrend()] }),
    vitalsSection(ctx),
    immunizationsSection(ctx),
    proceduresSection(ctx, showcaseMultimedia(ctx.spec.docId)),
    encountersSection(ctx),
    socialHistorySection(ctx, { text: showcaseStyledText() }),
    planSection(ctx, { text: [...showcaseLists(), para(cdata(pasted))], subsections: showcaseNestedPlan() }),
    instructionsSection(ctx, [showcaseLinks(ctx)]),
  ];
};

const discharge: BodyBuilder = (ctx) => [
  allergiesSection(ctx),
  hospitalCourseSection(ctx),
  admissionDiagnosisSection(ctx),
  dischargeDiagnosisSection(ctx),
  proceduresSection(ctx),
  resultsSection(ctx),
  medicationsSection(ctx, "dischargeMeds"),
  planSection(ctx, { text: amendmentNote(ctx) }),
  dischargeInstructionsSection(ctx),
];

const progress: BodyBuilder = (ctx) => [
  chiefComplaintSection(ctx),
  hpiSection(ctx),
  problemsSection(ctx),
  medicationsSection(ctx),
  allergiesSection(ctx),
  vitalsSection(ctx),
  ...(ctx.rng.chance(0.5) ? [resultsSection(ctx)] : []),
  assessmentSection(ctx),
  planSection(ctx, { text: amendmentNote(ctx) }),
  instructionsSection(ctx),
];

const referral: BodyBuilder = (ctx) => [
  reasonForReferralSection(ctx),
  problemsSection(ctx),
  medicationsSection(ctx),
  allergiesSection(ctx),
  resultsSection(ctx),
  planSection(ctx),
];

const consult: BodyBuilder = (ctx) => [
  reasonForReferralSection(ctx),
  hpiSection(ctx),
  physicalExamSection(ctx),
  problemsSection(ctx),
  medicationsSection(ctx),
  allergiesSection(ctx),
  assessmentSection(ctx),
  planSection(ctx),
];

const historyAndPhysical: BodyBuilder = (ctx) => [
  chiefComplaintSection(ctx),
  hpiSection(ctx),
  pastHistorySection(ctx),
  allergiesSection(ctx),
  medicationsSection(ctx),
  familyHistorySection(ctx),
  socialHistorySection(ctx),
  rosSection(ctx),
  vitalsSection(ctx),
  physicalExamSection(ctx),
  resultsSection(ctx),
  assessmentSection(ctx, "assessmentPlan"),
];

const BODIES: Readonly<Record<DocKind, BodyBuilder>> = {
  ccd: (ctx) => (ctx.spec.showcase ? showcaseCcd(ctx) : plainCcd(ctx)),
  discharge,
  progress,
  referral,
  consult,
  hp: historyAndPhysical,
};

export function bodySections(ctx: SectionContext): XmlElement[] {
  return BODIES[ctx.spec.kind](ctx);
}
