import { useInfiniteQuery, type InfiniteData } from "@tanstack/react-query";
import { useEffect } from "react";
import { mergeDocumentPages, type DocumentList } from "../../fhir/document-list";
import type { DocumentPage } from "../../fhir/document-search";
import { documentsQueryOptions } from "../../fhir/queries";
import type { SmartSession } from "../../fhir/smart-session";

// Module-level so react-query memoizes the merged list per data change, not per render.
const selectDocumentList = (data: InfiniteData<DocumentPage, string | null>): DocumentList =>
  mergeDocumentPages(data.pages);

/**
 * Every page of the patient's documents, streamed: rows show as pages arrive and the next page is requested
 * as soon as the previous one landed. The effect only triggers fetchNextPage; the query does the fetching.
 */
export function useDocumentList(session: SmartSession) {
  const query = useInfiniteQuery({ ...documentsQueryOptions(session), select: selectDocumentList });
  const { hasNextPage, isFetching, isError, dataUpdatedAt, fetchNextPage } = query;
  // dataUpdatedAt is a dependency because a fast page can start and finish between two renders, leaving the
  // other flags unchanged; every landed page must schedule the next one.
  useEffect(() => {
    if (hasNextPage && !isFetching && !isError) void fetchNextPage({ cancelRefetch: false });
  }, [hasNextPage, isFetching, isError, dataUpdatedAt, fetchNextPage]);
  return query;
}

/**
 * The same list for a component that only reads it (the screen, to find the document the URL names): it
 * shares the query and its cache, and leaves the paging to the list that calls useDocumentList.
 */
export function useDocumentSummaries(session: SmartSession) {
  return useInfiniteQuery({ ...documentsQueryOptions(session), select: selectDocumentList });
}
