import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import type { DocumentReference } from "fhir/r4";
import { rankRenditions } from "./attachment";
import { MissingContentError } from "./document-content";
import { fetchDocumentPage, fetchFirstDocumentPage, type DocumentPage } from "./document-search";
import { fetchPatient } from "./patient";
import { fhirKeys } from "./query-keys";
import { loadBestRendition } from "./rendition-loader";
import type { SmartSession } from "./smart-session";

const FIVE_MINUTES = 5 * 60 * 1000;

export function patientQueryOptions(session: SmartSession) {
  return queryOptions({
    queryKey: fhirKeys.patient(session),
    queryFn: ({ signal }) => fetchPatient(session, signal),
    staleTime: FIVE_MINUTES,
  });
}

/** Page params are the server's own next links; `null` means "the first page". */
export function documentsQueryOptions(session: SmartSession) {
  return infiniteQueryOptions({
    queryKey: fhirKeys.documents(session),
    queryFn: ({ pageParam, signal }): Promise<DocumentPage> =>
      pageParam === null
        ? fetchFirstDocumentPage(session, signal)
        : fetchDocumentPage(session, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.next ?? undefined,
    staleTime: FIVE_MINUTES,
  });
}

// Where the viewers have always found it.
export type { LoadedDocument } from "./rendition-loader";

/** The opened document's content; pass `resource: undefined` while nothing is open (dependent query). */
export function documentContentQueryOptions(
  session: SmartSession,
  documentKey: string,
  resource: DocumentReference | undefined,
) {
  // Ranked once: the key and the fetch must agree on which attachments are tried, in which order.
  const renditions = resource === undefined ? [] : rankRenditions(resource);
  const attachment = renditions[0]?.attachment;
  // The document id plus the attachment's URL identify the bytes; the resource itself is too big for a key.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey: fhirKeys.content(
      session,
      documentKey,
      attachment?.url ?? (attachment?.data === undefined ? "none" : "inline"),
    ),
    queryFn: ({ signal }) => {
      if (resource === undefined) throw new MissingContentError("No document is open.");
      if (attachment === undefined) throw new MissingContentError("This document has no content to show.");
      return loadBestRendition(session, renditions, signal);
    },
    enabled: resource !== undefined,
    // A document's bytes do not change under the same URL; keep them while the list is in use.
    staleTime: Number.POSITIVE_INFINITY,
  });
}
