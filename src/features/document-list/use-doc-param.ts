import { useCallback, useSyncExternalStore } from "react";
import { navigate, searchSnapshot, subscribeLocation } from "./location";

const PARAM = "doc";

/** A FHIR id is at most 64 characters of [A-Za-z0-9\-.]; anything else in the URL is ignored. */
const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;

export function docParamOf(search: string): string | undefined {
  const value = new URLSearchParams(search).get(PARAM);
  return value !== null && FHIR_ID.test(value) ? value : undefined;
}

/** The URL for opening a document: the same page with `?doc=<DocumentReference id>` (an id only, no PHI). */
export function urlWithDoc(href: string, docId: string | undefined): string {
  const url = new URL(href);
  if (docId === undefined) url.searchParams.delete(PARAM);
  else url.searchParams.set(PARAM, docId);
  return url.href;
}

/**
 * The open document as the URL names it, and a way to change it: a user's choice pushes a history entry (so
 * back/forward walk through opened documents), an automatic choice replaces the current one.
 */
export function useDocParam(): readonly [
  string | undefined,
  (docId: string | undefined, options?: { replace?: boolean }) => void,
] {
  const docId = docParamOf(useSyncExternalStore(subscribeLocation, searchSnapshot));
  const setDocId = useCallback((next: string | undefined, options: { replace?: boolean } = {}) => {
    navigate(urlWithDoc(window.location.href, next), options);
  }, []);
  return [docId, setDocId] as const;
}
