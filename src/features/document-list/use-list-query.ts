import { useCallback, useState } from "react";
import { DEFAULT_LIST_QUERY, parseListQuery, type ListQuery } from "./list-query";

/**
 * The list's sort, grouping and filters live in sessionStorage, per FHIR server and patient: they survive a
 * reload and back/forward in this tab, die with it, and never reach the URL (free text and author names may
 * be PHI; the URL only carries the open document's id).
 */
const PREFIX = "ccda-viewer:list-query:";

function read(key: string): ListQuery {
  try {
    const raw = window.sessionStorage.getItem(PREFIX + key);
    return raw === null ? DEFAULT_LIST_QUERY : parseListQuery(JSON.parse(raw));
  } catch {
    // Storage disabled (sandboxed frames, privacy modes) or a damaged entry: start from the defaults.
    return DEFAULT_LIST_QUERY;
  }
}

function write(key: string, query: ListQuery): void {
  try {
    window.sessionStorage.setItem(PREFIX + key, JSON.stringify(query));
  } catch {
    // Not persisting is fine: the query still works for this page load.
  }
}

export function useListQuery(
  scopeKey: string,
): readonly [ListQuery, (change: Partial<ListQuery> | ((query: ListQuery) => ListQuery)) => void] {
  const [query, setQueryState] = useState(() => read(scopeKey));
  const setQuery = useCallback(
    (change: Partial<ListQuery> | ((query: ListQuery) => ListQuery)) => {
      setQueryState((current) => {
        const next = typeof change === "function" ? change(current) : { ...current, ...change };
        write(scopeKey, next);
        return next;
      });
    },
    [scopeKey],
  );
  return [query, setQuery] as const;
}
