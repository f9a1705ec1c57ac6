import type { Bundle, DocumentReference } from "fhir/r4";
import type { SandboxContext } from "../context";
import type { FhirSession } from "./access";
import type { DocumentReferenceQuery } from "./document-reference-query";
import { PAGE_PARAM, pageLinks } from "./paging";
import { conceptMatches, dateMatches } from "./search-params";

export function belongsTo(doc: DocumentReference, patientId: string): boolean {
  return doc.subject?.reference === `Patient/${patientId}`;
}

function dateOf(doc: DocumentReference): number | undefined {
  const time = doc.date === undefined ? NaN : Date.parse(doc.date);
  return Number.isNaN(time) ? undefined : time;
}

function matches(doc: DocumentReference, q: DocumentReferenceQuery): boolean {
  const date = dateOf(doc);
  return (
    q.ids.every((any) => any.includes(doc.id ?? "")) &&
    q.types.every((any) => any.some((t) => conceptMatches(doc.type, t))) &&
    q.categories.every((any) => any.some((t) => (doc.category ?? []).some((c) => conceptMatches(c, t)))) &&
    q.statuses.every((any) => any.includes(doc.status)) &&
    q.dates.every((d) => date !== undefined && dateMatches(date, d))
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
): Bundle {
  const found = ctx.dataset.documentReferences
    .filter((doc) => belongsTo(doc, session.patient) && matches(doc, q))
    .sort(compare(q.sort));
  const page = found.slice(q.offset, q.offset + q.count);
  const baseUrl = new URL(`${ctx.fhirBase}/DocumentReference`);
  for (const [key, value] of params) if (key !== PAGE_PARAM) baseUrl.searchParams.append(key, value);
  return {
    resourceType: "Bundle",
    type: "searchset",
    meta: { lastUpdated: new Date().toISOString() },
    total: found.length,
    link: pageLinks({ baseUrl, offset: q.offset, count: q.count, total: found.length }),
    entry: page.map((resource) => ({
      fullUrl: `${ctx.fhirBase}/DocumentReference/${resource.id ?? ""}`,
      resource,
      search: { mode: "match" },
    })),
  };
}
