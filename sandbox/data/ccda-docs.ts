/** Turns DocSpecs into served documents: C-CDA bytes in a Binary plus the DocumentReference pointing at it. */
import { buildCcdaTree, encodeCcda } from "./ccda-document";
import type { DocSpec } from "./doc-spec";
import { DOC_KINDS } from "./doc-spec";
import type { DocContent, DocMeta, GeneratedDoc } from "./doc-references";
import { FORMAT, generateDoc } from "./doc-references";

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
  return generateDoc(metaFromSpec(spec), {
    contentType: ccdaContentType(spec),
    bytes: bytes ?? encodeCcda(buildCcdaTree(spec), spec),
    binaryId: spec.binaryId,
    format: FORMAT.structured,
    ...content,
  });
}
