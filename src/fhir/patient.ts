import type { Patient } from "fhir/r4";
import { UnexpectedResponseError } from "./document-search";
import { isResourceOfType } from "./resource-guard";
import { requestFhirJson, type SmartSession } from "./smart-session";

export async function fetchPatient(session: SmartSession, signal?: AbortSignal): Promise<Patient> {
  const body = await requestFhirJson(session, `Patient/${encodeURIComponent(session.patientId)}`, signal);
  if (body.kind !== "json" || !isResourceOfType(body.json, "Patient")) {
    throw new UnexpectedResponseError("The EHR did not return the patient's record.");
  }
  return body.json;
}
