/**
 * "Open this document at that match": another view (the patient story's search across documents) asks the
 * view of one document to open with its find bar already searching for a text. The request names the
 * document, so only that document's find bar takes it: the one that mounts when the document opens, or the
 * one already showing it (it is told). Forgotten after a while; kept in memory only, since search text can
 * be clinical and must not go into the URL or storage.
 */
import { createContext } from "react";

const STALE_AFTER_MS = 30_000;

interface FindRequest {
  documentKey: string;
  query: string;
  at: number;
}

let pending: FindRequest | undefined;
const listeners = new Set<() => void>();

/** The key of the document a view shows (DocumentSummary.key), for find requests; none for local files. */
export const DocumentKeyContext = createContext<string | undefined>(undefined);

export function requestFind(documentKey: string, query: string, now: number = Date.now()): void {
  pending = query.trim() === "" ? undefined : { documentKey, query, at: now };
  for (const listener of [...listeners]) listener();
}

/** Whether a fresh request waits for this document (without taking it). */
export function hasPendingFind(documentKey: string, now: number = Date.now()): boolean {
  return pending?.documentKey === documentKey && now - pending.at <= STALE_AFTER_MS;
}

/** The text to find in this document, once; undefined when nothing (fresh) was asked for it. */
export function takePendingFind(documentKey: string, now: number = Date.now()): string | undefined {
  if (pending === undefined || pending.documentKey !== documentKey) return undefined;
  const request = pending;
  pending = undefined;
  return now - request.at <= STALE_AFTER_MS ? request.query : undefined;
}

/** Calls `listener` on every new request; returns the unsubscribe function. */
export function onFindRequest(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
