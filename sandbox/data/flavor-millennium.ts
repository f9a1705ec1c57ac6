/**
 * Millennium-shaped documents: numeric DocumentReference ids; Binary ids prefixed by what they hold (`XML-` C-CDA,
 * `XR-` PDF from Clinical Reporting, `TR-` HTML or text); every note through Binary; one document whose PDF is
 * missing (404, XR not installed for it) next to a working XML rendition; and each patient's on-demand CCD for
 * `Binary/$autogen-ccd-if`.
 */
import type { DocumentReferenceContent } from "fhir/r4";
import { generateCcdaDoc } from "./ccda-docs";
import type { GeneratedDoc } from "./doc-references";
import { FORMAT } from "./doc-references";
import { specFor } from "./doc-plan";
import { Prng, hashString } from "./prng";
import type { PatientProfile } from "./profiles";
import { moveInlineToBinary, renameDocs } from "./rename-docs";
import type { StoredBinary } from "./types";

function prefixFor(contentType: string): string {
  if (contentType.includes("pdf")) return "XR-";
  if (contentType.includes("xml")) return "XML-";
  return "TR-";
}

/** A consult whose PDF rendition is listed first but missing, while its C-CDA rendition works. */
function pdfMissingDoc(patient: PatientProfile, rng: Prng): GeneratedDoc {
  const spec = {
    ...specFor(patient, {
      kind: "consult",
      daysAgo: 45,
      docId: `dr-${patient.slug}-xr-missing`,
      binaryId: `b-${patient.slug}-xr-missing`,
      rng,
    }),
    title: "Cardiology Consultation (PDF, XML rendition)",
  };
  const doc = generateCcdaDoc(spec, undefined, { contentType: "application/xml" });
  const xml = doc.documentReference.content[0];
  if (xml === undefined) return doc;
  const pdf: DocumentReferenceContent = {
    attachment: {
      contentType: "application/pdf",
      // No Binary is stored under this id: reading it answers 404 "Resource not found".
      url: `Binary/${spec.binaryId}-pdf`,
      title: spec.title,
      ...(xml.attachment.creation !== undefined ? { creation: xml.attachment.creation } : {}),
    },
    format: FORMAT.mimeSufficient,
  };
  return { ...doc, documentReference: { ...doc.documentReference, content: [pdf, xml] } };
}

/** Millennium labels C-CDA as `application/xml` (Soarian's `application/hl7-v3+xml` is not used there). */
function asPlainXml(doc: GeneratedDoc): GeneratedDoc {
  const retype = (type: string | undefined) => (type === "application/hl7-v3+xml" ? "application/xml" : type);
  const binary = (b: StoredBinary): StoredBinary => ({
    ...b,
    contentType: retype(b.contentType) ?? b.contentType,
  });
  return {
    documentReference: {
      ...doc.documentReference,
      content: doc.documentReference.content.map((c) => {
        const contentType = retype(c.attachment.contentType);
        return contentType === undefined ? c : { ...c, attachment: { ...c.attachment, contentType } };
      }),
    },
    ...(doc.binary !== undefined ? { binary: binary(doc.binary) } : {}),
    ...(doc.extraBinaries !== undefined ? { extraBinaries: doc.extraBinaries.map(binary) } : {}),
  };
}

/** The stored Binary id of a patient's on-demand CCD. */
export function autogenCcdId(patientId: string): string {
  return `autogen-ccd-${patientId}`;
}

/** The CCD `$autogen-ccd-if` returns: generated "now" from the patient's record. */
export function autogenCcd(patient: PatientProfile, binaryId: string): StoredBinary {
  const rng = new Prng(hashString(`${patient.id}|autogen`));
  const spec = {
    ...specFor(patient, { kind: "ccd", daysAgo: 0, docId: binaryId, binaryId, rng, encoding: "utf-8" }),
    title: "Continuity of Care Document",
  };
  const bytes = generateCcdaDoc(spec).binary?.bytes ?? new Uint8Array();
  return { id: binaryId, patientId: patient.id, contentType: "application/xml", bytes };
}

export function millenniumDocs(
  generic: readonly GeneratedDoc[],
  patient: PatientProfile,
  patientIndex: number,
): GeneratedDoc[] {
  const rng = new Prng(hashString(`${patient.id}|millennium`));
  const docs = [...generic, pdfMissingDoc(patient, rng)].map((doc, i) =>
    moveInlineToBinary(asPlainXml(doc), `inline-${i}`),
  );
  const base = 200_000_000 + patientIndex * 10_000;
  const renamed = renameDocs(docs, {
    docId: (_doc, index) => String(base + index + 1),
    binaryId: (binary, docId) => `${prefixFor(binary.contentType)}${docId}`,
  });
  // The missing PDF's url was never a stored Binary, so renaming left it alone: give it the XR- shape too.
  return renamed.map((doc) => ({
    ...doc,
    documentReference: {
      ...doc.documentReference,
      content: doc.documentReference.content.map((c) =>
        c.attachment.url?.endsWith("-xr-missing-pdf") === true
          ? { ...c, attachment: { ...c.attachment, url: `Binary/XR-${doc.documentReference.id ?? ""}` } }
          : c,
      ),
    },
  }));
}
