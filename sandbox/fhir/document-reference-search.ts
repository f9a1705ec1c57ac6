import type { Bundle, DocumentReference } from "fhir/r4";
import type { SandboxContext } from "../context";
import type { FhirSession } from "./access";
import type { DocumentReferenceQuery } from "./document-reference-query";
import { presentDocumentReference } from "./present";
import { conceptMatches, dateMatches } from "./search-params";

export function belongsTo(doc: DocumentReference, patientId: string): boolean {
  return doc.subject?.reference === `Patient/${patientId}`;
}

function instant(value: string | undefined): number | undefined {
  const time = value === undefined ? NaN : Date.parse(value);
  return Number.isNaN(time) ? undefined : time;
}

function dateOf(doc: DocumentReference): number | undefined {
  return instant(doc.date);
}

function matches(doc: DocumentReference, q: DocumentReferenceQuery): boolean {
  const date = dateOf(doc);
  return (
    q.ids.every((any) => any.includes(doc.id ?? "")) &&
    q.types.every((any) => any.some((t) => conceptMatches(doc.type, t))) &&
    q.categories.every((any) => any.some((t) => (doc.category ?? []).some((c) => conceptMatches(c, t)))) &&
    q.statuses.every((any) => any.includes(doc.status)) &&
    q.dates.every((d) => date !== undefined && dateMatches(date, d)) &&
    q.periods.every((d) => {
      const start = instant(doc.context?.period?.start);
      return start !== undefined && dateMatches(start, d);
    })
  );
}

/** Newest first for -date; documents without a date last either way; ties by id so pages are stable. */
function compare(sort: "date" | "-date"): (a: DocumentReference, b: DocumentReference) => number {
  return (a, b) => {
    const da = dateOf(a);
    const db = dateOf(b);
    if (da !== db) {
      if (da === undefined) return 1;
      if (db === undefined) return -1;
      return sort === "date" ? da - db : db - da;
    }
    return (a.id ?? "").localeCompare(b.id ?? "");
  };
}

/** Runs a search for the patient in context and builds the searchset Bundle page. */
export function searchDocumentReferences(
  ctx: SandboxContext,
  session: FhirSession,
  q: DocumentReferenceQuery,
  params: URLSearchParams,
  searchUrl = `${ctx.fhirBase}/DocumentReference`,
): Bundle {
  const found = ctx.dataset.documentReferences
    .filter((doc) => belongsTo(doc, session.patient) && matches(doc, q))
    .sort(compare(q.sort));
  return searchsetPage(ctx, found, q.count, params, searchUrl);
}

/** One page of a searchset in the profile's paging style (links, total) with its entries presented. */
export function searchsetPage(
  ctx: SandboxContext,
  found: readonly DocumentReference[],
  count: number,
  params: URLSearchParams,
  searchUrl: string,
): Bundle {
  const { paging } = ctx.profile;
  const ids = found.map((doc) => doc.id ?? "");
  const offset = paging.offset(params, ids);
  const page = found.slice(offset, offset + count);
  const baseUrl = new URL(searchUrl);
  for (const [key, value] of params)
    if (!paging.params.includes(key)) baseUrl.searchParams.append(key, value);
  return {
    resourceType: "Bundle",
    type: "searchset",
    meta: { lastUpdated: new Date().toISOString() },
    ...(ctx.profile.searchTotal ? { total: found.length } : {}),
    link: paging.links(baseUrl, offset, count, ids),
    entry: page.map((resource) => ({
      fullUrl: `${ctx.fhirBase}/DocumentReference/${resource.id ?? ""}`,
      resource: presentDocumentReference(ctx, resource),
      search: { mode: "match" },
    })),
  };
}
