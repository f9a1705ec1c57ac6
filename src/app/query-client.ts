import { QueryCache, QueryClient } from "@tanstack/react-query";
import { FhirHttpError } from "../fhir/fhir-http-error";
import { retryDelay, shouldRetry } from "../fhir/retry-policy";
import { markSessionEnded } from "../lib/session-status";

export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        // fhirclient wipes its session on any 401, so every later request would fail the same way.
        if (error instanceof FhirHttpError && error.status === 401) markSessionEnded();
      },
    }),
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        retryDelay,
        staleTime: 5 * 60 * 1000,
        // Clinical data: no surprise refetches while the user reads; explicit retry buttons instead.
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
      },
    },
  });
}
