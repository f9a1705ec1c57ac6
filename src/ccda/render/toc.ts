import type { TocEntry } from "../types";

/** Number of entries in a TOC tree (for tests and the corpus report). */
export function countToc(entries: readonly TocEntry[]): number {
  return entries.reduce((n, e) => n + 1 + countToc(e.children), 0);
}

/** The TOC flattened in document order. */
export function flattenToc(entries: readonly TocEntry[]): TocEntry[] {
  return entries.flatMap((e) => [e, ...flattenToc(e.children)]);
}
