/**
 * The list as the user asked to see it: filtered, sorted and grouped. Pure and linear-ish (one filter pass,
 * one sort), so 2,000 documents take a few milliseconds; callers memoize on (documents, query).
 */
import { newestFirst, type DocumentSummary } from "../../fhir/document-list";
import { formatFhirDate } from "../../lib/format-date";
import type { ListQuery } from "./list-query";

export interface ListGroup {
  readonly key: string;
  /** The heading; undefined when the list is not grouped. */
  readonly label: string | undefined;
  readonly documents: readonly DocumentSummary[];
}

export interface ListView {
  readonly groups: readonly ListGroup[];
  /** Every shown document in display order (the order keyboard navigation follows). */
  readonly ordered: readonly DocumentSummary[];
  /** Superseded documents that match the filters but are hidden by the superseded toggle. */
  readonly hiddenSuperseded: number;
}

const haystacks = new WeakMap<DocumentSummary, string>();

function haystack(summary: DocumentSummary): string {
  let text = haystacks.get(summary);
  if (text === undefined) {
    text = [summary.title, summary.typeLabel, ...summary.authors].join("\n").toLowerCase();
    haystacks.set(summary, text);
  }
  return text;
}

/** The document's wall-clock day as yyyy-mm-dd (years and months count from their first day). */
function dayOf(date: string | undefined): string | undefined {
  if (date === undefined) return undefined;
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date.trim());
  if (!match) return undefined;
  return `${match[1] ?? ""}-${match[2] ?? "01"}-${match[3] ?? "01"}`;
}

function matches(summary: DocumentSummary, query: ListQuery, words: readonly string[]): boolean {
  if (query.type !== "" && summary.typeKey !== query.type) return false;
  if (query.author !== "" && !summary.authors.includes(query.author)) return false;
  if (query.facility !== "" && summary.facility !== query.facility) return false;
  if (query.from !== "" || query.to !== "") {
    const day = dayOf(summary.date);
    if (day === undefined) return false;
    if (query.from !== "" && day < query.from) return false;
    if (query.to !== "" && day > query.to) return false;
  }
  if (words.length > 0) {
    const text = haystack(summary);
    if (!words.every((word) => text.includes(word))) return false;
  }
  return true;
}

const collator = new Intl.Collator(undefined, { sensitivity: "base", numeric: true });

function compareText(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return collator.compare(a, b);
}

function comparator(query: ListQuery): (a: DocumentSummary, b: DocumentSummary) => number {
  switch (query.sort) {
    case "date":
      return newestFirst;
    case "type":
      return (a, b) => compareText(a.typeLabel, b.typeLabel) || newestFirst(a, b);
    case "author":
      return (a, b) => compareText(a.authors[0], b.authors[0]) || newestFirst(a, b);
  }
}

/** The encounter's own name when any document gives one, else its start (or its first document's date). */
function encounterLabel(key: string, documents: readonly DocumentSummary[]): string {
  const named = documents.find((d) => d.encounterLabel !== undefined)?.encounterLabel;
  if (named !== undefined) return named;
  const start = key.startsWith("period:") ? key.slice(7) : documents[documents.length - 1]?.date;
  const when = start === undefined ? "Encounter" : `Encounter of ${formatFhirDate(start)}`;
  const facility = documents.find((d) => d.facility !== undefined)?.facility;
  return facility === undefined ? when : `${when} · ${facility}`;
}

function groupBy(
  sorted: readonly DocumentSummary[],
  keyOf: (summary: DocumentSummary) => string | undefined,
): Map<string | undefined, DocumentSummary[]> {
  const groups = new Map<string | undefined, DocumentSummary[]>();
  for (const summary of sorted) {
    const key = keyOf(summary);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [summary]);
    else group.push(summary);
  }
  return groups;
}

function groupsOf(sorted: readonly DocumentSummary[], query: ListQuery): ListGroup[] {
  switch (query.group) {
    case "none":
      return [{ key: "all", label: undefined, documents: sorted }];
    case "type":
      return [...groupBy(sorted, (summary) => summary.typeKey)]
        .map(([key, documents]) => ({ key: key ?? "", label: documents[0]?.typeLabel ?? "", documents }))
        .sort((a, b) => compareText(a.label, b.label));
    case "encounter": {
      const groups = [...groupBy(sorted, (summary) => summary.encounterKey)];
      // Encounters newest first (by their newest document); documents without one at the end.
      const newest = (documents: readonly DocumentSummary[]) =>
        documents.reduce((max, d) => Math.max(max, d.time), Number.NEGATIVE_INFINITY);
      groups.sort(([keyA, a], [keyB, b]) =>
        keyA === undefined ? 1 : keyB === undefined ? -1 : newest(b) - newest(a) || 0,
      );
      return groups.map(([key, documents]) => ({
        key: key ?? "none",
        label: key === undefined ? "No encounter" : encounterLabel(key, documents),
        documents,
      }));
    }
  }
}

export function buildListView(documents: readonly DocumentSummary[], query: ListQuery): ListView {
  const words = query.text.toLowerCase().split(/\s+/).filter(Boolean);
  let hiddenSuperseded = 0;
  const kept = documents.filter((summary) => {
    if (!matches(summary, query, words)) return false;
    if (summary.superseded && !query.showSuperseded) {
      hiddenSuperseded += 1;
      return false;
    }
    return true;
  });
  const sorted = kept.sort(comparator(query));
  const groups = groupsOf(sorted, query);
  return { groups, ordered: groups.flatMap((group) => group.documents), hiddenSuperseded };
}

export interface Facet {
  readonly value: string;
  readonly label: string;
  readonly count: number;
}

function countFacet(entries: Iterable<[string, string]>): Facet[] {
  const facets = new Map<string, { label: string; count: number }>();
  for (const [value, label] of entries) {
    const facet = facets.get(value);
    if (facet === undefined) facets.set(value, { label, count: 1 });
    else facet.count += 1;
  }
  return [...facets]
    .map(([value, { label, count }]) => ({ value, label, count }))
    .sort((a, b) => compareText(a.label, b.label));
}

/** The values the filters offer, with how many documents carry each. */
export function listFacets(documents: readonly DocumentSummary[]): {
  types: Facet[];
  authors: Facet[];
  facilities: Facet[];
} {
  return {
    types: countFacet(documents.map((d): [string, string] => [d.typeKey, d.typeLabel])),
    authors: countFacet(documents.flatMap((d) => d.authors.map((a): [string, string] => [a, a]))),
    facilities: countFacet(
      documents.flatMap((d) =>
        d.facility === undefined ? [] : [[d.facility, d.facility] as [string, string]],
      ),
    ),
  };
}

export interface VisibleGroup extends ListGroup {
  /** Documents in the whole group (the heading's count), however many are rendered yet. */
  readonly count: number;
}

/** The first `limit` documents of the view, in their groups (groups past the limit are left out). */
export function firstRows(view: ListView, limit: number): VisibleGroup[] {
  const out: VisibleGroup[] = [];
  let left = limit;
  for (const group of view.groups) {
    if (left <= 0) break;
    const documents = group.documents.length <= left ? group.documents : group.documents.slice(0, left);
    left -= documents.length;
    out.push({ ...group, documents, count: group.documents.length });
  }
  return out;
}
