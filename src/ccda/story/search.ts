/** Full-text search over the sections of loaded documents: every word of the query, any order, any case. */
import type { DocumentStory } from "./types";

export interface SearchEntry {
  readonly documentKey: string;
  readonly documentTitle: string;
  readonly documentTime: string | undefined;
  readonly sectionKey: string;
  readonly sectionTitle: string;
  readonly text: string;
  /** Lower-cased title + text, built once. */
  readonly haystack: string;
}

export interface Snippet {
  readonly before: string;
  readonly match: string;
  readonly after: string;
}

export interface SearchHit {
  readonly entry: SearchEntry;
  readonly snippet: Snippet;
  /** How often the query's words occur in the section. */
  readonly count: number;
}

export function buildSearchIndex(stories: readonly DocumentStory[]): SearchEntry[] {
  return stories.flatMap((story) =>
    story.sections.map((section) => ({
      documentKey: story.key,
      documentTitle: story.title,
      documentTime: story.time,
      sectionKey: section.key,
      sectionTitle: section.title,
      text: section.text,
      haystack: `${section.title}\n${section.text}`.toLowerCase(),
    })),
  );
}

export function queryTerms(query: string): string[] {
  return [
    ...new Set(
      query
        .toLowerCase()
        .split(/\s+/)
        .filter((t) => t.length > 0),
    ),
  ];
}

function occurrences(haystack: string, term: string): number {
  let count = 0;
  for (let i = haystack.indexOf(term); i >= 0; i = haystack.indexOf(term, i + term.length)) count += 1;
  return count;
}

const CONTEXT = 60;

/** The text around the first occurrence of a term, cut at word boundaries. */
export function snippetOf(text: string, terms: readonly string[]): Snippet {
  const lower = text.toLowerCase();
  // Lower-casing can change lengths (rare letters); positions are only trusted when it did not.
  const sameLength = lower.length === text.length;
  const hits = terms.map((t) => ({ t, at: sameLength ? lower.indexOf(t) : -1 })).filter((h) => h.at >= 0);
  const first = hits.sort((a, b) => a.at - b.at)[0];
  if (first === undefined) return { before: "", match: "", after: text.slice(0, CONTEXT * 2) };
  const end = first.at + first.t.length;
  let start = Math.max(0, first.at - CONTEXT);
  let stop = Math.min(text.length, end + CONTEXT);
  if (start > 0) start = text.indexOf(" ", start) + 1 || start;
  if (stop < text.length) stop = text.lastIndexOf(" ", stop) > end ? text.lastIndexOf(" ", stop) : stop;
  return {
    before: `${start > 0 ? "…" : ""}${text.slice(start, first.at)}`,
    match: text.slice(first.at, end),
    after: `${text.slice(end, stop)}${stop < text.length ? "…" : ""}`,
  };
}

export function searchIndex(index: readonly SearchEntry[], query: string, limit = 200): SearchHit[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const entry of index) {
    if (!terms.every((t) => entry.haystack.includes(t))) continue;
    const count = terms.reduce((n, t) => n + occurrences(entry.haystack, t), 0);
    hits.push({ entry, snippet: snippetOf(entry.text || entry.sectionTitle, terms), count });
    if (hits.length >= limit) break;
  }
  return hits;
}
