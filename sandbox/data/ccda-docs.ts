/** Turns DocSpecs into served documents: C-CDA bytes in a Binary plus the DocumentReference pointing at it. */
import { buildCcdaTree, encodeCcda } from "./ccda-document";
import type { DocSpec } from "./doc-spec";
import { DOC_KINDS } from "./doc-spec";
import type { DocContent, DocMeta, GeneratedDoc } from "./doc-references";
import { FORMAT, generateDoc } from "./doc-references";
import { narrativeDate } from "./hl7-time";
import { buildPdf } from "./pdf";
import { formatName } from "./profiles";

export function metaFromSpec(spec: DocSpec): DocMeta {
  const kind = DOC_KINDS[spec.kind];
  return {
    id: spec.docId,
    patient: spec.patient,
    status: spec.status,
    docStatus: spec.docStatus,
    type: { code: kind.loinc, display: kind.display },
    title: spec.title,
    date: spec.effective,
    period: spec.encounter,
    author: spec.author,
    organization: spec.organization,
    confidentiality: spec.confidentiality,
    ...(spec.version.replaces !== undefined ? { replaces: spec.version.replaces.docId } : {}),
  };
}

/** Soarian serves its CCDs as application/hl7-v3+xml; other documents use application/xml. */
export function ccdaContentType(spec: DocSpec): string {
  return spec.kind === "ccd" ? "application/hl7-v3+xml" : "application/xml";
}

export function generateCcdaDoc(
  spec: DocSpec,
  bytes?: Uint8Array,
  content: Partial<DocContent> = {},
): GeneratedDoc {
  const doc = generateDoc(metaFromSpec(spec), {
    contentType: ccdaContentType(spec),
    bytes: bytes ?? encodeCcda(buildCcdaTree(spec), spec),
    binaryId: spec.binaryId,
    format: FORMAT.structured,
    ...content,
  });
  return spec.pdfRendition ? withPdfRendition(doc, spec) : doc;
}

/** Adds a second `content` entry: a PDF rendition of the same document (clients must pick one). */
function withPdfRendition(doc: GeneratedDoc, spec: DocSpec): GeneratedDoc {
  const pdf = buildPdf(
    [
      spec.title,
      `Patient: ${formatName(spec.patient.name)}   MRN: ${spec.patient.mrn}`,
      `Date: ${narrativeDate(spec.effective)}   Author: ${formatName(spec.author.name)}`,
      "PDF rendition of the structured C-CDA document with the same id.",
    ],
    spec.title,
  );
  const binary = {
    id: `${spec.binaryId}-pdf`,
    patientId: spec.patient.id,
    contentType: "application/pdf",
    bytes: pdf,
  };
  const first = doc.documentReference.content[0]?.attachment;
  const rendition = {
    attachment: {
      contentType: "application/pdf",
      url: `Binary/${binary.id}`,
      title: `${spec.title} (PDF rendition)`,
      size: pdf.length,
      ...(first?.creation !== undefined ? { creation: first.creation } : {}),
    },
    format: FORMAT.mimeSufficient,
  };
  const documentReference = {
    ...doc.documentReference,
    content: [...doc.documentReference.content, rendition],
  };
  return { ...doc, documentReference, extraBinaries: [...(doc.extraBinaries ?? []), binary] };
}
