import type { DocumentReference } from "fhir/r4";
import { FhirHttpError } from "./fhir-http-error";
import { isResourceOfType } from "./resource-guard";
import { requestFhirJson, type SmartSession } from "./smart-session";
import { resolveUnderFhirBase } from "./url-policy";

export interface DocumentPage {
  readonly documents: readonly DocumentReference[];
  /** Bundle.total of this page, when the server counts. */
  readonly total: number | undefined;
  /** The server's next link, followed exactly; undefined on the last page. */
  readonly next: string | undefined;
}

export class UnexpectedResponseError extends Error {
  override readonly name = "UnexpectedResponseError";
}

const PAGE_SIZE = 50;

export function firstDocumentPageUrl(patientId: string, sorted = true): string {
  const params = new URLSearchParams({ patient: patientId, _count: String(PAGE_SIZE) });
  if (sorted) params.set("_sort", "-date");
  return `DocumentReference?${params.toString()}`;
}

export function parseDocumentPage(json: unknown, fhirBase: string): DocumentPage {
  if (!isResourceOfType(json, "Bundle"))
    throw new UnexpectedResponseError(
      "The EHR answered the document search with something other than a Bundle.",
    );
  const documents = (json.entry ?? [])
    .map((entry) => entry.resource)
    .filter((resource): resource is DocumentReference => resource?.resourceType === "DocumentReference");
  const next = json.link?.find((link) => link.relation === "next")?.url;
  return {
    documents,
    total: typeof json.total === "number" ? json.total : undefined,
    // The next link gets our token like any request, so it must stay under the FHIR base too.
    next: next === undefined || next === "" ? undefined : resolveUnderFhirBase(next, fhirBase),
  };
}

export async function fetchDocumentPage(
  session: SmartSession,
  url: string,
  signal?: AbortSignal,
): Promise<DocumentPage> {
  const body = await requestFhirJson(session, url, signal);
  if (body.kind !== "json")
    throw new UnexpectedResponseError("The EHR answered the document search with a non-FHIR response.");
  return parseDocumentPage(body.json, session.fhirBase);
}

/** The first page, sorted newest first; servers that reject _sort (400) get the same search unsorted. */
export async function fetchFirstDocumentPage(
  session: SmartSession,
  signal?: AbortSignal,
): Promise<DocumentPage> {
  try {
    return await fetchDocumentPage(session, firstDocumentPageUrl(session.patientId), signal);
  } catch (error) {
    if (!(error instanceof FhirHttpError) || error.status !== 400) throw error;
    return fetchDocumentPage(session, firstDocumentPageUrl(session.patientId, false), signal);
  }
}
