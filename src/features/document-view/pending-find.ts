/**
 * "Open this document at that match": another view (the patient story's search across documents) asks the
 * next document view to open with its find bar already searching for a text. One request at a time, consumed
 * by the first find bar that mounts, and forgotten after a while so an unrelated document never inherits it.
 * Kept in memory only: search text can be clinical, so it never goes into the URL or storage.
 */
const STALE_AFTER_MS = 30_000;

let pending: { query: string; at: number } | undefined;

export function requestFindInNextDocument(query: string, now: number = Date.now()): void {
  pending = query.trim() === "" ? undefined : { query, at: now };
}

export function takePendingFind(now: number = Date.now()): string | undefined {
  const request = pending;
  pending = undefined;
  return request !== undefined && now - request.at <= STALE_AFTER_MS ? request.query : undefined;
}
