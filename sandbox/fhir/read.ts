import type { DocumentReference, Patient } from "fhir/r4";
import type { SandboxContext } from "../context";
import { documentReferenceFault } from "../faults";
import { requireScope, type FhirSession } from "./access";
import { belongsTo } from "./document-reference-search";
import { FhirError } from "./operation-outcome";
import { presentDocumentReference } from "./present";

/** GET /fhir/Patient/<id>: only the patient in context; any other id is 403 whether it exists or not. */
export function readPatient(ctx: SandboxContext, session: FhirSession, id: string): Patient {
  requireScope(session, "Patient", "read");
  if (id !== session.patient) {
    throw new FhirError(403, "forbidden", "This token only grants access to the patient in context");
  }
  const patient = ctx.dataset.patients.find((p) => p.id === id);
  if (patient === undefined) throw new FhirError(404, "not-found", `Patient/${id} not found`);
  return patient;
}

/** GET /fhir/DocumentReference/<id>: another patient's document is 404, exactly like a missing one. */
export function readDocumentReference(
  ctx: SandboxContext,
  session: FhirSession,
  id: string,
): DocumentReference {
  requireScope(session, "DocumentReference", "read");
  const doc = ctx.dataset.documentReferences.find((d) => d.id === id);
  if (doc === undefined || !belongsTo(doc, session.patient)) {
    throw new FhirError(404, "not-found", `DocumentReference/${id} not found`);
  }
  const fault = documentReferenceFault(ctx, session.sid, session.options, "read");
  if (fault) throw fault;
  return presentDocumentReference(ctx, doc);
}
