/** Narrative-first sections of notes (HPI, assessment, hospital course, instructions…), invented but plausible. */
import type { SectionContext } from "./section-context";
import { narrativeDate } from "./hl7-time";
import { list, narrative, para, span, styled } from "./narrative";
import type { PatientProfile } from "./profiles";
import { section, subsection } from "./section-defs";
import type { Child, XmlElement } from "./xml-writer";
import { cdata, el } from "./xml-writer";

export function ageAt(patient: PatientProfile, ctx: SectionContext): number {
  const year = new Date(ctx.spec.effective.utcMs).getUTCFullYear();
  return year - patient.birth.year;
}

const pronoun = (p: PatientProfile): string => (p.gender === "female" ? "She" : "He");

function activeProblems(p: PatientProfile): string {
  return p.problems
    .filter((x) => x.status === "active")
    .map((x) => x.code.display.toLowerCase())
    .join(", ");
}

export function chiefComplaintSection(ctx: SectionContext): XmlElement {
  const reason =
    ctx.spec.admission?.chiefComplaint ??
    ctx.rng.pick([
      "Follow-up of chronic conditions.",
      "Routine follow-up and medication review.",
      "Review of recent laboratory results.",
    ]);
  return section("chiefComplaint", { text: narrative(para(reason)) });
}

export function hpiSection(ctx: SectionContext): XmlElement {
  const p = ctx.spec.patient;
  const intro = `${p.name.given[0] ?? ""} ${p.name.family} is a ${ageAt(p, ctx)}-year-old ${p.gender === "female" ? "woman" : "man"} with ${activeProblems(p)}.`;
  const detail =
    ctx.spec.admission !== undefined
      ? `${pronoun(p)} presents with ${ctx.spec.admission.chiefComplaint.charAt(0).toLowerCase()}${ctx.spec.admission.chiefComplaint.slice(1)}`
      : `${pronoun(p)} reports good adherence to medications and no new symptoms since the last visit.`;
  return section("hpi", { text: narrative(para(intro, el("br"), detail)) });
}

export function physicalExamSection(ctx: SectionContext): XmlElement {
  const findings = [
    [styled("Bold", "General:"), " Alert, oriented, in no acute distress."],
    [
      styled("Bold", "Cardiovascular:"),
      ctx.spec.patient.problems.some((x) => x.code.code === "49436004")
        ? " Irregularly irregular rhythm, no murmur."
        : " Regular rate and rhythm, no murmur.",
    ],
    [
      styled("Bold", "Lungs:"),
      ctx.spec.admission?.reason.code === "385093006"
        ? " Crackles at the right base."
        : " Clear to auscultation bilaterally.",
    ],
    [styled("Bold", "Abdomen:"), " Soft, non-tender, normal bowel sounds."],
    [styled("Bold", "Extremities:"), " No edema."],
  ];
  return section("physicalExam", { text: narrative(list(findings, { listType: "unordered" })) });
}

export function rosSection(ctx: SectionContext): XmlElement {
  const positive = ctx.spec.admission?.chiefComplaint ?? "No new complaints.";
  return section("ros", {
    text: narrative(
      para(styled("Bold", "Positive: "), positive),
      para(styled("Bold", "Negative: "), "No chest pain, no syncope, no hematuria, no rash."),
    ),
  });
}

export function pastHistorySection(ctx: SectionContext): XmlElement {
  const items = ctx.spec.patient.problems.map((x) => `${x.code.display} (since ${x.onset.slice(0, 4)})`);
  return section("pastHistory", { text: narrative(list(items, { listType: "unordered" })) });
}

export function familyHistorySection(ctx: SectionContext): XmlElement {
  const rows =
    ctx.spec.patient.gender === "female"
      ? ["Mother: type 2 diabetes, hypertension", "Father: myocardial infarction at 61", "Sister: asthma"]
      : ["Mother: stroke at 74", "Father: prostate cancer", "Brother: hypertension"];
  return section("familyHistory", { text: narrative(list(rows, { listType: "unordered" })) });
}

export function assessmentSection(
  ctx: SectionContext,
  name: "assessment" | "assessmentPlan" = "assessment",
  extra: readonly Child[] = [],
): XmlElement {
  const p = ctx.spec.patient;
  const lines = p.problems
    .filter((x) => x.status === "active")
    .map((x) => [styled("Bold", x.code.display), `: ${x.note}`]);
  return section(name, { text: narrative(list(lines, { listType: "ordered" }), extra) });
}

export function reasonForReferralSection(ctx: SectionContext): XmlElement {
  const p = ctx.spec.patient;
  const main = p.problems[0];
  const ask =
    main === undefined
      ? "Evaluation."
      : `Please evaluate and advise on management of ${main.code.display.toLowerCase()}; ${main.note.charAt(0).toLowerCase()}${main.note.slice(1)}`;
  return section("reasonForReferral", {
    text: narrative(
      para(ask),
      para(
        "Records from the last 12 months are attached; please send your consult note to the referring clinician.",
      ),
    ),
  });
}

/** Patients with another preferred language also get the key instruction in it (non-ASCII, `language`). */
function translatedInstructions(patient: PatientProfile): XmlElement | null {
  if (patient.language.code !== "cs") return null;
  const text =
    "Přineste si prosím všechny léky na příští návštěvu. Při horečce nad 38,5 °C volejte ambulanci.";
  return para(styled("Italics", "Czech: "), el("content", { language: "cs-CZ" }, text));
}

export function instructionsSection(ctx: SectionContext, extra: readonly Child[] = []): XmlElement {
  const tips = [
    "Bring all medication bottles to your next visit.",
    "Call the clinic if you have questions about your medicines.",
    ctx.rng.pick([
      "Walk 30 minutes on most days.",
      "Keep a symptom diary.",
      "Get your seasonal flu shot this fall.",
    ]),
  ];
  return section("instructions", {
    text: narrative(list(tips, { listType: "unordered" }), translatedInstructions(ctx.spec.patient), extra),
  });
}

export function admissionDiagnosisSection(ctx: SectionContext): XmlElement {
  return section("admissionDiagnosis", {
    text: narrative(para(ctx.spec.admission?.reason.display ?? "Not recorded")),
  });
}

export function dischargeDiagnosisSection(ctx: SectionContext): XmlElement {
  const main = ctx.spec.admission?.reason.display ?? "Not recorded";
  const secondary = ctx.spec.patient.problems.filter((x) => x.status === "active").map((x) => x.code.display);
  return section("dischargeDiagnosis", {
    text: narrative(
      para(styled("Bold", "Principal: "), main),
      list(secondary, { listType: "unordered" }, "Secondary diagnoses"),
    ),
  });
}

export function dischargeInstructionsSection(ctx: SectionContext): XmlElement {
  const items = ctx.spec.admission?.dischargeInstructions ?? [];
  return section("dischargeInstructions", {
    text: narrative(list(items, { listType: "ordered", styleCode: "Arabic" })),
  });
}

/** Hospital course: three levels of nested sections and a CDATA block, as some EHR exports write them. */
export function hospitalCourseSection(ctx: SectionContext): XmlElement {
  const admission = ctx.spec.admission;
  const course = admission?.course ?? [];
  const days = course.map((line, i) =>
    subsection(
      `Hospital day ${i + 1}`,
      narrative(para(line)),
      ...(i === 0
        ? [
            subsection(
              "Overnight events",
              narrative(para("No rapid response calls. Slept intermittently; pain controlled.")),
            ),
          ]
        : []),
    ),
  );
  const summary = narrative(
    para(
      `Admitted on ${narrativeDate(ctx.spec.encounter.start)} for ${(admission?.reason.display ?? "evaluation").toLowerCase()}.`,
    ),
    para(
      cdata(
        `Nursing flowsheet excerpt: SpO2 < 92% on room air at admission; "stable" & ambulating by discharge.`,
      ),
    ),
    para(
      span(
        `course-${ctx.spec.docId}`,
        `Discharged on ${narrativeDate(ctx.spec.encounter.end)} in stable condition.`,
      ),
    ),
  );
  return section("hospitalCourse", {
    text: summary,
    subsections: [subsection("Daily progress", narrative(para("Summary by hospital day.")), ...days)],
  });
}
