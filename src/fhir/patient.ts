import type { Patient } from "fhir/r4";
import { UnexpectedResponseError } from "./document-search";
import type { SmartSession } from "./smart-session";

function isPatient(value: unknown): value is Patient {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as { resourceType?: unknown }).resourceType === "Patient"
  );
}

export async function fetchPatient(session: SmartSession, signal?: AbortSignal): Promise<Patient> {
  const body = await session.request(`Patient/${encodeURIComponent(session.patientId)}`, {
    accept: "application/fhir+json",
    ...(signal === undefined ? {} : { signal }),
  });
  if (body.kind !== "json" || !isPatient(body.json)) {
    throw new UnexpectedResponseError("The EHR did not return the patient's record.");
  }
  return body.json;
}
