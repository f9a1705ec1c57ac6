import type { DocumentReference, Patient } from "fhir/r4";
import type { Dataset, StoredBinary } from "../../../sandbox/data/types";

/** A small, hand-made dataset so these tests do not depend on the synthetic generator's choices. */
export const AVA = "p-ava-reyes";
export const BEN = "p-ben-okafor";
export const LOINC = "http://loinc.org";

function patient(id: string, given: string, family: string, birthDate: string, mrn: string): Patient {
  return {
    resourceType: "Patient",
    id,
    name: [{ use: "official", given: [given], family }],
    birthDate,
    gender: "female",
    identifier: [{ type: { coding: [{ code: "MR" }] }, value: mrn }],
  };
}

interface DocSpec {
  id: string;
  patientId: string;
  date: string;
  loinc: string;
  status?: "current" | "superseded";
  binaryId?: string;
}

function docRef(spec: DocSpec): DocumentReference {
  return {
    resourceType: "DocumentReference",
    id: spec.id,
    status: spec.status ?? "current",
    type: { coding: [{ system: LOINC, code: spec.loinc }], text: `Note ${spec.loinc}` },
    category: [
      {
        coding: [
          {
            system: "http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category",
            code: "clinical-note",
          },
        ],
      },
    ],
    subject: { reference: `Patient/${spec.patientId}` },
    date: spec.date,
    content: [
      {
        attachment:
          spec.binaryId === undefined
            ? { contentType: "text/html", data: Buffer.from("<p>inline</p>").toString("base64") }
            : { contentType: "application/xml", url: `Binary/${spec.binaryId}` },
      },
    ],
  };
}

export const CCDA_TEXT =
  '<?xml version="1.0"?><ClinicalDocument xmlns="urn:hl7-org:v3"><title>Ava</title></ClinicalDocument>';

export function buildFixtureDataset(): Dataset {
  const specs: DocSpec[] = [];
  // Twelve CCDs (34133-9) and progress notes (11506-3) for Ava, one per month of 2024, on the 15th at 10:00Z.
  for (let month = 1; month <= 12; month++) {
    const mm = String(month).padStart(2, "0");
    specs.push({
      id: `dr-ava-${mm}`,
      patientId: AVA,
      date: `2024-${mm}-15T10:00:00Z`,
      loinc: month % 2 === 0 ? "11506-3" : "34133-9",
      status: month === 1 ? "superseded" : "current",
      binaryId: `b-ava-${mm}`,
    });
  }
  specs.push({ id: "dr-ava-inline", patientId: AVA, date: "2023-06-01T08:00:00Z", loinc: "11506-3" });
  specs.push({
    id: "dr-ben-01",
    patientId: BEN,
    date: "2024-05-05T09:00:00Z",
    loinc: "34133-9",
    binaryId: "b-ben-01",
  });
  const binaries = new Map<string, StoredBinary>();
  for (const spec of specs) {
    if (spec.binaryId === undefined) continue;
    binaries.set(spec.binaryId, {
      id: spec.binaryId,
      patientId: spec.patientId,
      contentType: "application/xml",
      bytes: new TextEncoder().encode(CCDA_TEXT),
    });
  }
  return {
    patients: [
      patient(AVA, "Ava", "Reyes", "1980-02-03", "MRN-1"),
      patient(BEN, "Ben", "Okafor", "1975-07-08", "MRN-2"),
    ],
    practitioners: [
      { resourceType: "Practitioner", id: "pr-lee", name: [{ family: "Lee", given: ["Sam"] }] },
    ],
    organizations: [],
    documentReferences: specs.map(docRef),
    binaries,
  };
}
