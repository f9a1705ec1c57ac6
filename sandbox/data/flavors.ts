/** The documents of one patient in each data flavor (vendor shapes; see sandbox/profiles/README.md). */
import { generateCcdaDoc } from "./ccda-docs";
import type { GeneratedDoc } from "./doc-references";
import { planDocuments } from "./doc-plan";
import { epicDocs } from "./flavor-epic";
import { millenniumDocs } from "./flavor-millennium";
import { soarianDocs } from "./flavor-soarian";
import type { PatientProfile } from "./profiles";
import { specialDocs } from "./special-docs";
import type { DataFlavor } from "./types";

function genericDocs(patient: PatientProfile, patientIndex: number): GeneratedDoc[] {
  return [
    ...planDocuments(patient, patientIndex).map((spec) => generateCcdaDoc(spec)),
    ...specialDocs(patient, patientIndex),
  ];
}

export function flavorDocs(
  flavor: DataFlavor,
  patient: PatientProfile,
  patientIndex: number,
): GeneratedDoc[] {
  switch (flavor) {
    case "generic":
      return genericDocs(patient, patientIndex);
    case "epic":
      return epicDocs(patient, patientIndex);
    case "millennium":
      return millenniumDocs(genericDocs(patient, patientIndex), patient, patientIndex);
    case "soarian":
      return soarianDocs(patient, patientIndex);
  }
}
