/**
 * The documents that are not ordinary structured C-CDAs: a nonXMLBody C-CDA wrapping a PDF, a PDF Binary, a
 * UTF-8 plain-text note, inline HTML notes (Soarian style), a UTF-16 C-CDA and a deliberately malformed one.
 */
import { breakXml, buildCcdaTree, buildNonXmlCcdaTree, encodeCcda } from "./ccda-document";
import { generateCcdaDoc, metaFromSpec } from "./ccda-docs";
import type { GeneratedDoc } from "./doc-references";
import { FORMAT, generateDoc } from "./doc-references";
import { specFor } from "./doc-plan";
import { narrativeDate } from "./hl7-time";
import { benignHtmlNote, hostileHtmlNote, plainTextNote } from "./notes";
import { buildPdf } from "./pdf";
import { Prng, hashString } from "./prng";
import type { PatientProfile } from "./profiles";
import { formatName } from "./profiles";
import { serializeDocument } from "./xml-writer";

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

export function scannedLetter(patient: PatientProfile, rng: Prng): GeneratedDoc {
  const spec = {
    ...specFor(patient, {
      kind: "consult",
      daysAgo: 820,
      docId: `dr-${patient.slug}-scan`,
      binaryId: `b-${patient.slug}-scan`,
      rng,
    }),
    title: "Outside Consultation Letter (scanned PDF)",
  };
  const pdf = buildPdf(
    [
      "Consultation letter",
      `Re: ${formatName(patient.name)} (MRN ${patient.mrn})`,
      `Seen on ${narrativeDate(spec.effective)} at the request of the primary care team.`,
      `Impression: ${patient.problems[0]?.code.display ?? "see notes"}, stable on current therapy.`,
      "Recommendations: continue current medications; repeat laboratory tests in 3 months.",
      formatName(spec.author.name),
    ],
    spec.title,
  );
  const bytes = utf8(serializeDocument(buildNonXmlCcdaTree(spec, "application/pdf", pdf)));
  return generateCcdaDoc(spec, bytes, { contentType: "application/xml", format: FORMAT.nonXml });
}

export function pdfReport(patient: PatientProfile, rng: Prng): GeneratedDoc {
  const spec = specFor(patient, {
    kind: "consult",
    daysAgo: 410,
    docId: `dr-${patient.slug}-ecg-pdf`,
    binaryId: `b-${patient.slug}-ecg-pdf`,
    rng,
  });
  const pdf = buildPdf(
    [
      "12-lead ECG report",
      `Patient: ${formatName(patient.name)}   MRN: ${patient.mrn}`,
      `Recorded: ${narrativeDate(spec.effective)}`,
      "Rhythm: sinus rhythm, rate 72 bpm. PR 164 ms, QRS 92 ms, QTc 428 ms.",
      "Interpretation: normal ECG. No change from prior tracing.",
    ],
    "12-lead ECG report",
  );
  const meta = {
    ...metaFromSpec(spec),
    type: { code: "11524-6", display: "EKG study" },
    title: "12-lead ECG report (PDF)",
  };
  return generateDoc(meta, {
    contentType: "application/pdf",
    bytes: pdf,
    binaryId: spec.binaryId,
    format: FORMAT.mimeSufficient,
  });
}

export function textNote(patient: PatientProfile, rng: Prng): GeneratedDoc {
  const spec = specFor(patient, {
    kind: "progress",
    daysAgo: 95,
    docId: `dr-${patient.slug}-phone`,
    authorId: patient.primaryCareId,
    binaryId: `b-${patient.slug}-phone`,
    rng,
  });
  const meta = {
    ...metaFromSpec(spec),
    type: { code: "34748-4", display: "Telephone encounter Note" },
    title: "Telephone encounter (plain text)",
  };
  return generateDoc(meta, {
    contentType: "text/plain; charset=utf-8",
    bytes: utf8(plainTextNote(patient, spec.author, spec.effective)),
    binaryId: spec.binaryId,
    format: FORMAT.mimeSufficient,
  });
}

export function htmlNotes(patient: PatientProfile, rng: Prng): GeneratedDoc[] {
  const nursing = specFor(patient, {
    kind: "progress",
    daysAgo: 62,
    docId: `dr-${patient.slug}-nrs-1`,
    authorId: "pr-jordan-ellis",
    binaryId: "unused",
    rng,
  });
  const consult = specFor(patient, {
    kind: "consult",
    daysAgo: 61,
    docId: `dr-${patient.slug}-nrs-2`,
    binaryId: "unused",
    rng,
  });
  return [
    generateDoc(
      { ...metaFromSpec(nursing), docStatus: "preliminary", title: "Nursing Progress Note (HTML)" },
      {
        contentType: "text/html",
        bytes: utf8(benignHtmlNote(patient, nursing.author, nursing.effective)),
        format: FORMAT.mimeSufficient,
      },
    ),
    generateDoc(
      { ...metaFromSpec(consult), title: "Imported Consultation Note (HTML with unsafe markup)" },
      {
        contentType: "text/html",
        bytes: utf8(hostileHtmlNote(patient, consult.author, consult.effective)),
        format: FORMAT.mimeSufficient,
      },
    ),
  ];
}

function malformed(patient: PatientProfile, rng: Prng): GeneratedDoc {
  const spec = {
    ...specFor(patient, {
      kind: "progress",
      daysAgo: 20,
      docId: `dr-${patient.slug}-broken`,
      binaryId: `b-${patient.slug}-broken`,
      rng,
      encoding: "utf-8",
    }),
    title: "Deliberately malformed C-CDA (parse-error sample)",
  };
  return generateCcdaDoc(spec, utf8(breakXml(serializeDocument(buildCcdaTree(spec)))));
}

function utf16Referral(patient: PatientProfile, rng: Prng): GeneratedDoc {
  const spec = {
    ...specFor(patient, {
      kind: "referral",
      daysAgo: 200,
      docId: `dr-${patient.slug}-utf16`,
      binaryId: `b-${patient.slug}-utf16`,
      rng,
      encoding: "utf-16le-bom",
    }),
    title: "Referral Note (UTF-16 encoded)",
  };
  return generateCcdaDoc(spec, encodeCcda(buildCcdaTree(spec), spec));
}

export function specialDocs(patient: PatientProfile, patientIndex: number): GeneratedDoc[] {
  const rng = new Prng(hashString(`${patient.id}|special`));
  const docs = [
    scannedLetter(patient, rng),
    pdfReport(patient, rng),
    textNote(patient, rng),
    ...htmlNotes(patient, rng),
  ];
  if (patientIndex === 0) docs.push(malformed(patient, rng));
  if (patientIndex === 2) docs.push(utf16Referral(patient, rng));
  return docs;
}
