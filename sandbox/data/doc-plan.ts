/**
 * The document history of each patient: ~7 years of CCDs, admissions (H&P + discharge summary), clinic progress
 * notes, referrals and consultations, with two corrected versions that supersede their originals.
 */
import type { DocEncoding, DocKind, DocSpec } from "./doc-spec";
import { DOC_KINDS } from "./doc-spec";
import type { ScheduleEntry } from "./doc-schedule";
import {
  ADMISSION_DAYS,
  EMPTY_NARRATIVE,
  PDF_RENDITION,
  PRELIMINARY,
  RESTRICTED,
  SCHEDULE,
  SHOWCASE,
  SUPERSEDED,
} from "./doc-schedule";
import type { LocalMoment } from "./hl7-time";
import { addDays, addMinutes, centralOffset, easternOffset, localMoment } from "./hl7-time";
import { organization, practitioner } from "./practitioners";
import { Prng, hashString, stableUuid } from "./prng";
import type { OrganizationProfile, PatientProfile, PractitionerProfile } from "./profiles";

function authorFor(kind: DocKind, patient: PatientProfile, rng: Prng): PractitionerProfile {
  switch (kind) {
    case "ccd":
    case "referral":
      return practitioner(patient.primaryCareId);
    case "consult":
      return practitioner(patient.specialistId);
    case "hp":
    case "discharge":
      return practitioner(patient.hospitalistId);
    case "progress":
      return practitioner(rng.chance(0.7) ? patient.primaryCareId : patient.specialistId);
  }
}

function titleFor(kind: DocKind, patient: PatientProfile, admission: number | undefined): string {
  const base = DOC_KINDS[kind].title;
  const stay = admission !== undefined ? patient.admissions[admission] : undefined;
  if (stay !== undefined) return `${base}: ${stay.reason.display}`;
  if (kind === "consult") return `${practitioner(patient.specialistId).specialty.display} Consultation`;
  if (kind === "referral") return `Referral to ${practitioner(patient.specialistId).specialty.display}`;
  return base;
}

function zone(org: OrganizationProfile): (utcMs: number) => number {
  return org.zone === "eastern" ? easternOffset : centralOffset;
}

function encounterFor(
  entry: ScheduleEntry,
  effective: LocalMoment,
): { start: LocalMoment; end: LocalMoment } {
  if (entry.kind === "hp")
    return {
      start: addMinutes(effective, -150),
      end: addDays(effective, ADMISSION_DAYS[entry.admission ?? 0] ?? 3),
    };
  if (entry.kind === "discharge")
    return { start: addDays(effective, -(ADMISSION_DAYS[entry.admission ?? 0] ?? 3)), end: effective };
  return { start: addMinutes(effective, -40), end: addMinutes(effective, -5) };
}

export interface PlanInput {
  kind: DocKind;
  daysAgo: number;
  docId: string;
  binaryId: string;
  rng: Prng;
  time?: [number, number] | undefined;
  admission?: number | undefined;
  encoding?: DocEncoding;
  /** Override the author chosen for the kind (e.g. a nurse for nursing notes). */
  authorId?: string;
}

/** One DocSpec from a few choices; everything else follows from the patient and the seeded generator. */
export function specFor(patient: PatientProfile, input: PlanInput): DocSpec {
  const { rng, kind } = input;
  const author = input.authorId !== undefined ? practitioner(input.authorId) : authorFor(kind, patient, rng);
  const org = organization(author.organizationId);
  const [hour, minute] = input.time ?? [rng.int(8, 16), rng.int(0, 59)];
  const effective = localMoment(input.daysAgo, hour, minute, zone(org));
  const stay = input.admission !== undefined ? patient.admissions[input.admission] : undefined;
  const entry: ScheduleEntry =
    input.admission !== undefined
      ? { daysAgo: input.daysAgo, kind, admission: input.admission }
      : { daysAgo: input.daysAgo, kind };
  return {
    docId: input.docId,
    binaryId: input.binaryId,
    cdaId: stableUuid(input.docId),
    kind,
    title: titleFor(kind, patient, input.admission),
    patient,
    author,
    organization: org,
    effective,
    encounter: {
      id: `ENC-${hashString(input.docId).toString(16).toUpperCase()}`,
      ...encounterFor(entry, effective),
    },
    ...(stay !== undefined ? { admission: stay } : {}),
    version: { number: 1, setId: input.docId.replace(/^dr-/, "SET-").toUpperCase() },
    confidentiality: "N",
    docStatus: "final",
    status: "current",
    showcase: false,
    emptyNarratives: false,
    encoding: input.encoding ?? (kind === "ccd" ? "utf-8-bom-crlf" : "utf-8"),
    pdfRendition: false,
    bulkRows: 0,
    seed: rng.int(1, 2 ** 31),
  };
}

function replacement(original: DocSpec): DocSpec {
  const docId = `${original.docId}-v2`;
  return {
    ...original,
    docId,
    binaryId: `${original.binaryId}-v2`,
    cdaId: stableUuid(docId),
    effective: addDays(original.effective, original.kind === "discharge" ? 1 : 2),
    version: {
      number: 2,
      setId: original.version.setId,
      replaces: { docId: original.docId, cdaId: original.cdaId, number: 1 },
    },
    docStatus: original.kind === "discharge" ? "amended" : "final",
    title: `${original.title} (corrected)`,
    seed: original.seed + 1,
  };
}

/** The patient's standard documents, oldest first (superseded originals followed by their replacements). */
export function planDocuments(patient: PatientProfile, patientIndex: number): DocSpec[] {
  const rng = new Prng(hashString(patient.id));
  const specs: DocSpec[] = [];
  SCHEDULE.forEach((entry, i) => {
    const n = String(i + 1).padStart(2, "0");
    const jitter = entry.admission !== undefined ? patientIndex * 9 : patientIndex * 9 + rng.int(-12, 12);
    const base = specFor(patient, {
      kind: entry.kind,
      daysAgo: entry.daysAgo + jitter,
      docId: `dr-${patient.slug}-${n}`,
      binaryId: `b-${patient.slug}-${n}`,
      rng,
      time: entry.time,
      admission: entry.admission,
    });
    const spec: DocSpec = {
      ...base,
      confidentiality: i === RESTRICTED ? "R" : "N",
      docStatus: i === PRELIMINARY ? "preliminary" : "final",
      status: SUPERSEDED.has(i) ? "superseded" : "current",
      showcase: i === SHOWCASE,
      emptyNarratives: EMPTY_NARRATIVE.has(i),
      pdfRendition: i === PDF_RENDITION,
      ...(i === RESTRICTED ? { title: `${base.title} (restricted)` } : {}),
    };
    specs.push(spec);
    if (SUPERSEDED.has(i)) specs.push({ ...replacement(spec), status: "current" });
  });
  return linkAdmissions(specs);
}

/** An H&P and the discharge summary of the same stay share one encounter (admit → discharge). */
function linkAdmissions(specs: DocSpec[]): DocSpec[] {
  return specs
    .map((spec) => {
      if (spec.kind !== "discharge" || spec.admission === undefined) return spec;
      const hp = specs.find((other) => other.kind === "hp" && other.admission === spec.admission);
      return hp === undefined ? spec : { ...spec, encounter: { ...hp.encounter, end: spec.encounter.end } };
    })
    .map((spec) => {
      if (spec.kind !== "hp" || spec.admission === undefined) return spec;
      const discharge = specs.find(
        (other) => other.kind === "discharge" && other.admission === spec.admission,
      );
      return discharge === undefined
        ? spec
        : { ...spec, encounter: { ...spec.encounter, end: discharge.effective } };
    });
}
