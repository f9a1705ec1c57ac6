/**
 * Epic-shaped documents: C-CDAs (CCDs, referrals and the special documents) as generated, while clinical notes
 * (progress notes, H&Ps, discharge summaries, consultations) are served through Binary in two renditions of the
 * same DocumentReference, `text/html` and `text/rtf` (relative `Binary/<id>` urls, as Epic writes them).
 */
import type { DocumentReferenceContent } from "fhir/r4";
import { generateCcdaDoc, metaFromSpec } from "./ccda-docs";
import type { GeneratedDoc } from "./doc-references";
import { FORMAT, generateDoc } from "./doc-references";
import type { DocSpec } from "./doc-spec";
import { planDocuments } from "./doc-plan";
import type { PatientProfile } from "./profiles";
import { htmlBlocks, rtfDocument } from "./rtf";
import { legacyNoteHtml } from "./note-html";
import { specialDocs } from "./special-docs";
import type { StoredBinary } from "./types";

function isInlineHtml(doc: GeneratedDoc): boolean {
  const first = doc.documentReference.content[0]?.attachment;
  return first?.data !== undefined && first.contentType === "text/html";
}

function withRenditions(doc: GeneratedDoc): GeneratedDoc {
  const ref = doc.documentReference;
  const first = ref.content[0];
  const id = ref.id ?? "";
  const patientId = ref.subject?.reference?.replace(/^Patient\//, "") ?? "";
  if (first?.attachment.data === undefined) return doc;
  const html = Buffer.from(first.attachment.data, "base64");
  const title = first.attachment.title ?? ref.description ?? "Note";
  const rtf = Buffer.from(rtfDocument(title, htmlBlocks(html.toString("utf8"))), "latin1");
  const binaries: StoredBinary[] = [
    { id: `${id}-html`, patientId, contentType: "text/html", bytes: html },
    { id: `${id}-rtf`, patientId, contentType: "text/rtf", bytes: rtf },
  ];
  const { data: _data, ...attachment } = first.attachment;
  const content: DocumentReferenceContent[] = binaries.map((binary) => ({
    attachment: {
      ...attachment,
      contentType: binary.contentType,
      url: `Binary/${binary.id}`,
      size: binary.bytes.length,
    },
    ...(first.format !== undefined ? { format: first.format } : {}),
  }));
  return { documentReference: { ...ref, content }, extraBinaries: binaries };
}

function note(spec: DocSpec): GeneratedDoc {
  return generateDoc(metaFromSpec(spec), {
    contentType: "text/html",
    bytes: new TextEncoder().encode(legacyNoteHtml(spec)),
    format: FORMAT.mimeSufficient,
  });
}

export function epicDocs(patient: PatientProfile, patientIndex: number): GeneratedDoc[] {
  const history = planDocuments(patient, patientIndex).map((spec) =>
    spec.kind === "ccd" || spec.kind === "referral" || spec.pdfRendition ? generateCcdaDoc(spec) : note(spec),
  );
  return [...history, ...specialDocs(patient, patientIndex)].map((doc) =>
    isInlineHtml(doc) ? withRenditions(doc) : doc,
  );
}
