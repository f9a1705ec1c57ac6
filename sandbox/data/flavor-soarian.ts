/**
 * Soarian-shaped documents: Summary of Episode Notes (LOINC 34133-9, `application/hl7-v3+xml`, Binary id equal to
 * the DocumentReference id `<PATIENT>.DM.<code>`), built like the published example (no BOM, CRLF, an
 * xml-stylesheet instruction, empty `<text/>` sections), one of them a scanned outside record (nonXMLBody PDF);
 * every other document a clinical note `<PATIENT>.NRS.<n>` with base64 HTML inline and no url.
 */
import type { DocumentReference } from "fhir/r4";
import { generateCcdaDoc, metaFromSpec } from "./ccda-docs";
import type { GeneratedDoc } from "./doc-references";
import { FORMAT, generateDoc } from "./doc-references";
import type { DocSpec } from "./doc-spec";
import { planDocuments } from "./doc-plan";
import { Prng, hashString } from "./prng";
import type { PatientProfile } from "./profiles";
import { renameDocs } from "./rename-docs";
import { legacyNoteHtml } from "./note-html";
import { htmlNotes, scannedLetter } from "./special-docs";

const SOEN_TYPE = { code: "34133-9", display: "Summary of episode note" };
const SOEN_CONTENT_TYPE = "application/hl7-v3+xml";

function soen(spec: DocSpec): GeneratedDoc {
  return generateCcdaDoc(
    {
      ...spec,
      title: "Summary of Episode Note",
      encoding: "utf-8-crlf",
      stylesheetHref: "CHSViewCCD_V002.xsl",
      headerTemplatesR11: true,
      emptyNarratives: true,
      pdfRendition: false,
    },
    undefined,
    { contentType: SOEN_CONTENT_TYPE },
  );
}

function clinicalNote(spec: DocSpec): GeneratedDoc {
  return generateDoc(
    { ...metaFromSpec(spec), docStatus: "preliminary" },
    {
      contentType: "text/html",
      bytes: new TextEncoder().encode(legacyNoteHtml(spec)),
      format: FORMAT.mimeSufficient,
    },
  );
}

/** The scanned letter as an outside SOEN stored in document management (the "PDF" Soarian can serve). */
function scannedSoen(patient: PatientProfile, rng: Prng): GeneratedDoc {
  const doc = scannedLetter(patient, rng);
  const ref: DocumentReference = {
    ...doc.documentReference,
    type: { coding: [{ system: "http://loinc.org", ...SOEN_TYPE }], text: SOEN_TYPE.display },
    content: doc.documentReference.content.map((c) => ({
      ...c,
      attachment: { ...c.attachment, contentType: SOEN_CONTENT_TYPE },
    })),
  };
  return {
    documentReference: ref,
    ...(doc.binary !== undefined ? { binary: { ...doc.binary, contentType: SOEN_CONTENT_TYPE } } : {}),
  };
}

/** SOENs name an Organization as author, as the Soarian examples do. */
function organizationAuthor(doc: GeneratedDoc): GeneratedDoc {
  const custodian = doc.documentReference.custodian;
  if (custodian === undefined) return doc;
  return { ...doc, documentReference: { ...doc.documentReference, author: [custodian] } };
}

function isSoen(doc: GeneratedDoc): boolean {
  return doc.documentReference.content[0]?.attachment.contentType === SOEN_CONTENT_TYPE;
}

export function soarianDocs(patient: PatientProfile, patientIndex: number): GeneratedDoc[] {
  const rng = new Prng(hashString(`${patient.id}|soarian`));
  const docs = [
    ...planDocuments(patient, patientIndex).map((spec) =>
      spec.kind === "ccd" ? soen(spec) : clinicalNote(spec),
    ),
    scannedSoen(patient, rng),
    ...htmlNotes(patient, rng),
  ].map((doc) => (isSoen(doc) ? organizationAuthor(doc) : doc));
  const prefix = patient.slug.toUpperCase();
  let notes = 0;
  return renameDocs(docs, {
    docId: (doc) =>
      isSoen(doc)
        ? `${prefix}.DM.${hashString(doc.documentReference.id ?? "")
            .toString(32)
            .toUpperCase()}`
        : `${prefix}.NRS.${String(56_470 + ++notes)}`,
    // "The Binary resource … is the target of the DocumentReference.content.attachment.url": same id.
    binaryId: (_binary, docId) => docId,
  });
}
