import type { SmartSession } from "./smart-session";

type SessionScope = Pick<SmartSession, "fhirBase" | "patientId">;

/**
 * The one key factory. Every FHIR key starts with the FHIR base and patient: caches must never mix patients
 * (PowerChart can host two app instances over the same storage).
 */
export const fhirKeys = {
  /** The SMART session of this page load (launch/ completes it once). */
  smartSession: () => ["smart-session"] as const,
  /** The EHR-launch redirect for a given query string. */
  ehrLaunch: (search: string) => ["ehr-launch", search] as const,
  session: (session: SessionScope) => ["fhir", session.fhirBase, session.patientId] as const,
  patient: (session: SessionScope) => [...fhirKeys.session(session), "patient"] as const,
  documents: (session: SessionScope) => [...fhirKeys.session(session), "documents"] as const,
  /** The server's CapabilityStatement (what it supports, e.g. $docref). */
  capabilities: (session: SessionScope) => ["fhir", session.fhirBase, "metadata"] as const,
  /** The on-demand summary from DocumentReference/$docref. */
  currentSummary: (session: SessionScope) => [...fhirKeys.session(session), "current-summary"] as const,
  content: (session: SessionScope, documentKey: string, attachmentKey: string) =>
    [...fhirKeys.session(session), "content", documentKey, attachmentKey] as const,
};
