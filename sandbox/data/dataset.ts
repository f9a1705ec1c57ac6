/**
 * The sandbox's synthetic dataset: patients, clinicians, facilities and their documents. Deterministic: built
 * from seeds and a fixed base date, so every call returns the same resources and bytes.
 */
import type { GeneratedDoc } from "./doc-references";
import { importDocsDir } from "./docs-dir";
import { flavorDocs } from "./flavors";
import { autogenCcd, autogenCcdId } from "./flavor-millennium";
import { toFhirOrganization, toFhirPatient, toFhirPractitioner } from "./fhir-resources";
import { PATIENTS } from "./patients";
import { ORGANIZATIONS, PRACTITIONERS } from "./practitioners";
import { extraDocs, largeDoc } from "./scale";
import type { Dataset, DatasetOptions, StoredBinary } from "./types";

function patientDocs(options: DatasetOptions, patientIndex: number): GeneratedDoc[] {
  const patient = PATIENTS[patientIndex];
  if (patient === undefined) return [];
  const docs = flavorDocs(options.flavor ?? "generic", patient, patientIndex);
  const extra = options.scale?.extraDocumentsPerPatient ?? 0;
  if (extra > 0) docs.push(...extraDocs(patient, extra));
  const large = options.scale?.largeDocumentBytes;
  if (large !== undefined && large > 0) docs.push(largeDoc(patient, large));
  return docs;
}

export function buildDataset(options: DatasetOptions = {}): Dataset {
  const docs = PATIENTS.flatMap((_, i) => patientDocs(options, i));
  const first = PATIENTS[0];
  if (options.docsDir !== undefined && first !== undefined)
    docs.push(...importDocsDir(options.docsDir, first));
  const binaries = new Map<string, StoredBinary>();
  // Millennium generates each patient's CCD on demand (`Binary/$autogen-ccd-if`); no DocumentReference lists it.
  if (options.flavor === "millennium") {
    for (const patient of PATIENTS)
      binaries.set(autogenCcdId(patient.id), autogenCcd(patient, autogenCcdId(patient.id)));
  }
  for (const doc of docs) {
    for (const binary of [...(doc.binary !== undefined ? [doc.binary] : []), ...(doc.extraBinaries ?? [])]) {
      if (binaries.has(binary.id)) throw new Error(`Duplicate Binary id ${binary.id}`);
      binaries.set(binary.id, binary);
    }
  }
  return {
    patients: PATIENTS.map(toFhirPatient),
    practitioners: PRACTITIONERS.map(toFhirPractitioner),
    organizations: ORGANIZATIONS.map(toFhirOrganization),
    documentReferences: docs.map((doc) => doc.documentReference),
    binaries,
  };
}
