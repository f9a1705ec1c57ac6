import { QueryClientContext, type Query, type QueryClient } from "@tanstack/react-query";
import { useCallback, useContext, useSyncExternalStore } from "react";
import { FhirHttpError } from "../../fhir/fhir-http-error";

/** fhirKeys.content(...) is ["fhir", base, patient, "content", documentKey, attachmentKey]. */
function isGoneContent(query: Query, documentKey: string): boolean {
  const key = query.queryKey;
  if (key[0] !== "fhir" || key[3] !== "content" || key[4] !== documentKey) return false;
  const error = query.state.error;
  return error instanceof FhirHttpError && (error.status === 404 || error.status === 410);
}

const noSubscription = () => () => undefined;

/**
 * True once opening this document found its content missing (404/410 for the Binary), so the list row can
 * say "Content unavailable" while the rest of the list keeps working. Works without a QueryClient (local
 * files): then nothing is ever unavailable.
 */
export function useContentUnavailable(documentKey: string): boolean {
  const client: QueryClient | undefined = useContext(QueryClientContext);
  const subscribe = useCallback(
    (listener: () => void) =>
      client === undefined ? noSubscription() : client.getQueryCache().subscribe(listener),
    [client],
  );
  const snapshot = () =>
    client !== undefined &&
    client.getQueryCache().findAll({ predicate: (query) => isGoneContent(query, documentKey) }).length > 0;
  return useSyncExternalStore(subscribe, snapshot, () => false);
}
