/**
 * "Current summary": US Core's DocumentReference/$docref asks the server for the patient's summary document
 * (Millennium generates a CCD on demand, Soarian returns its Summary of Episode Notes). Offered only where the
 * CapabilityStatement lists the operation, so nobody clicks a button that can only fail.
 */
import { queryOptions } from "@tanstack/react-query";
import type { CapabilityStatement, DocumentReference } from "fhir/r4";
import { documentDate } from "./document-list";
import { parseDocumentPage, UnexpectedResponseError } from "./document-search";
import { fhirKeys } from "./query-keys";
import { isResourceOfType } from "./resource-guard";
import { requestFhirJson, type SmartSession } from "./smart-session";

/** Names and canonical URLs vendors use for $docref (Millennium: USCoreFetchDocumentReferences). */
const DOCREF_NAME = /^\$?docref$|^uscorefetchdocumentreferences$/i;
const DOCREF_DEFINITION = /OperationDefinition[/-]docref(\.html)?(\|.*)?$/i;

export function supportsDocref(capability: unknown): boolean {
  if (!isResourceOfType(capability, "CapabilityStatement")) return false;
  const statement: CapabilityStatement = capability;
  return (statement.rest ?? []).some((rest) =>
    (rest.resource ?? [])
      .filter((resource) => resource.type === "DocumentReference")
      .some((resource) =>
        (resource.operation ?? []).some(
          (operation) => DOCREF_NAME.test(operation.name) || DOCREF_DEFINITION.test(operation.definition),
        ),
      ),
  );
}

export function capabilitiesQueryOptions(session: SmartSession) {
  return queryOptions({
    queryKey: fhirKeys.capabilities(session),
    queryFn: async ({ signal }): Promise<{ docref: boolean }> => {
      const body = await requestFhirJson(session, "metadata", signal);
      return { docref: body.kind === "json" && supportsDocref(body.json) };
    },
    staleTime: Number.POSITIVE_INFINITY,
    // A server without metadata simply gets no button; the list does not depend on it.
    retry: false,
  });
}

export function currentSummaryUrl(patientId: string): string {
  return `DocumentReference/$docref?${new URLSearchParams({ patient: patientId }).toString()}`;
}

function newestFirst(a: DocumentReference, b: DocumentReference): number {
  const time = (resource: DocumentReference) => Date.parse(documentDate(resource) ?? "") || 0;
  return time(b) - time(a);
}

/** The newest DocumentReference $docref returns (one on Millennium, every SOEN on Soarian). */
export async function fetchCurrentSummary(
  session: SmartSession,
  signal?: AbortSignal,
): Promise<DocumentReference> {
  const body = await requestFhirJson(session, currentSummaryUrl(session.patientId), signal);
  if (body.kind !== "json") {
    throw new UnexpectedResponseError("The EHR answered the summary request with a non-FHIR response.");
  }
  const page = parseDocumentPage(body.json, session.fhirBase);
  const newest = [...page.documents].sort(newestFirst)[0];
  if (newest === undefined)
    throw new UnexpectedResponseError("The EHR has no current summary for this patient.");
  return newest;
}

export function currentSummaryQueryOptions(session: SmartSession) {
  return queryOptions({
    queryKey: fhirKeys.currentSummary(session),
    queryFn: ({ signal }) => fetchCurrentSummary(session, signal),
    // Generated on demand: ask again each time the user does, never in the background.
    staleTime: 0,
  });
}

/** The `?doc=` value that opens the current summary (not a DocumentReference id of the list). */
export const CURRENT_SUMMARY_KEY = "current-summary";
