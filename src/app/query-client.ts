import { QueryCache, QueryClient, type Query } from "@tanstack/react-query";
import { FhirHttpError } from "../fhir/fhir-http-error";
import { retryDelay, shouldRetry } from "../fhir/retry-policy";
import { markSessionEnded } from "../lib/session-status";

/**
 * Documents the user has left stay cached (going back to one is instant), but only a few and only small ones:
 * a clinician opens dozens of documents a session, some of them many MB, and the default five-minute gcTime
 * would keep them all in memory. The open document is never evicted (it has an observer).
 */
export const CONTENT_CACHE_BOUNDS = { maxInactive: 3, maxInactiveChars: 4_000_000 } as const;

/** fhirKeys.content(...) is ["fhir", base, patient, "content", …]. */
function isContentQuery(query: Query): boolean {
  return query.queryKey[0] === "fhir" && query.queryKey[3] === "content";
}

/** A cached document's size in characters (text) or bytes (binary content); 0 when unknown. */
function weightOf(data: unknown): number {
  if (typeof data !== "object" || data === null || !("content" in data)) return 0;
  const content: unknown = data.content;
  if (typeof content !== "object" || content === null) return 0;
  if ("text" in content && typeof content.text === "string") return content.text.length;
  if ("bytes" in content && content.bytes instanceof Uint8Array) return content.bytes.byteLength;
  return 0;
}

/** Evicts the least recently left inactive documents beyond CONTENT_CACHE_BOUNDS. */
export function boundContentCache(cache: QueryCache, leftAt: WeakMap<Query, number>): void {
  const inactive = cache
    .findAll({ type: "inactive", predicate: isContentQuery })
    .sort((a, b) => (leftAt.get(b) ?? 0) - (leftAt.get(a) ?? 0));
  let kept = 0;
  let chars = 0;
  for (const query of inactive) {
    chars += weightOf(query.state.data);
    kept += 1;
    if (kept > CONTENT_CACHE_BOUNDS.maxInactive || chars > CONTENT_CACHE_BOUNDS.maxInactiveChars)
      cache.remove(query);
  }
}

function createQueryCache(): QueryCache {
  const leftAt = new WeakMap<Query, number>();
  let tick = 0;
  const cache = new QueryCache({
    onError: (error) => {
      // fhirclient wipes its session on any 401, so every later request would fail the same way.
      if (error instanceof FhirHttpError && error.status === 401) markSessionEnded();
    },
  });
  cache.subscribe((event) => {
    if (event.type !== "observerRemoved") return;
    const query = event.query as Query;
    if (!isContentQuery(query)) return;
    // A counter, not Date.now(): two documents left within the same millisecond still have an order.
    tick += 1;
    leftAt.set(query, tick);
    boundContentCache(cache, leftAt);
  });
  return cache;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: createQueryCache(),
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
