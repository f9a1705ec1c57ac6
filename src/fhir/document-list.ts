import type { CodeableConcept, DocumentReference } from "fhir/r4";
import { contentsOf } from "./attachment";
import type { DocumentPage } from "./document-search";

/** One row of the document list, read defensively from a DocumentReference. */
export interface DocumentSummary {
  /** Unique within the list (the resource id, or a position-based fallback). */
  readonly key: string;
  /** The document's own title (description or attachment title), else its type. */
  readonly title: string;
  /** The document type (LOINC display), when it says more than the title. */
  readonly typeText: string | undefined;
  /** Groups and filters documents by type: the first coding's system|code, else the type's words. */
  readonly typeKey: string;
  /** The type's display words, always set (for filters and group headings). */
  readonly typeLabel: string;
  /** A short word for the content's format when it is not a structured document ("PDF", "HTML", "Text" …). */
  readonly formatLabel: string | undefined;
  /** The FHIR date/dateTime the list sorts by, as sent. */
  readonly date: string | undefined;
  /** `date` as epoch ms for sorting and date-range filters; -Infinity when unknown or unreadable. */
  readonly time: number;
  readonly authors: readonly string[];
  readonly facility: string | undefined;
  readonly status: DocumentReference["status"] | undefined;
  readonly docStatus: string | undefined;
  readonly superseded: boolean;
  /** The encounter the document belongs to (context.encounter, else its context period); undefined if none. */
  readonly encounterKey: string | undefined;
  readonly encounterLabel: string | undefined;
  readonly resource: DocumentReference;
}

export interface DocumentList {
  readonly documents: readonly DocumentSummary[];
  /** The server's Bundle.total, when it counts. */
  readonly total: number | undefined;
}

function conceptText(concept: CodeableConcept | undefined): string | undefined {
  const text = concept?.text ?? concept?.coding?.find((coding) => coding.display !== undefined)?.display;
  return text === undefined || text.trim() === "" ? undefined : text.trim();
}

export function documentDate(resource: DocumentReference): string | undefined {
  return (
    resource.date ??
    resource.context?.period?.start ??
    contentsOf(resource).find((content) => content.attachment.creation !== undefined)?.attachment.creation
  );
}

const FORMAT_LABELS: readonly [RegExp, string][] = [
  [/^application\/pdf\b/i, "PDF"],
  [/^text\/html\b|^application\/xhtml/i, "HTML"],
  [/^text\/plain\b/i, "Text"],
  [/^text\/rtf\b|^application\/rtf\b/i, "RTF"],
  [/^image\//i, "Image"],
];

/** Labels the first attachment's format when it is not XML (C-CDA needs no label: it is the norm). */
function formatLabelOf(resource: DocumentReference): string | undefined {
  const contentType = contentsOf(resource)[0]?.attachment.contentType ?? "";
  return FORMAT_LABELS.find(([pattern]) => pattern.test(contentType))?.[1];
}

function sameWords(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

function typeKeyOf(resource: DocumentReference, label: string): string {
  const coding = resource.type?.coding?.find((c) => c.code !== undefined && c.code !== "");
  return coding?.code === undefined ? `text:${label.toLowerCase()}` : `${coding.system ?? ""}|${coding.code}`;
}

/**
 * Servers that send context.encounter name it by reference; others (the sandbox, many exports) only give the
 * encounter's period, which documents of the same stay share (an H&P and its discharge summary).
 */
function encounterOf(resource: DocumentReference): { key: string; label: string | undefined } | undefined {
  const encounter = resource.context?.encounter?.find((ref) => ref.reference !== undefined || ref.display);
  if (encounter !== undefined) {
    return { key: `ref:${encounter.reference ?? encounter.display ?? ""}`, label: encounter.display };
  }
  const start = resource.context?.period?.start;
  return start === undefined ? undefined : { key: `period:${start}`, label: undefined };
}

export function summarizeDocument(resource: DocumentReference, fallbackKey: string): DocumentSummary {
  const typeText = conceptText(resource.type);
  const ownTitle =
    resource.description?.trim() ||
    contentsOf(resource)
      .find((content) => content.attachment.title?.trim())
      ?.attachment.title?.trim();
  const title = ownTitle ?? typeText ?? "Untitled document";
  const typeLabel = typeText ?? "Unknown type";
  const encounter = encounterOf(resource);
  const date = documentDate(resource);
  return {
    key: resource.id ?? fallbackKey,
    title,
    typeText: typeText !== undefined && !sameWords(typeText, title) ? typeText : undefined,
    typeKey: typeKeyOf(resource, typeLabel),
    typeLabel,
    formatLabel: formatLabelOf(resource),
    date,
    time: timeOf(date),
    authors: (resource.author ?? []).flatMap((author) =>
      author.display === undefined ? [] : [author.display],
    ),
    facility:
      conceptText(resource.context?.facilityType) ??
      resource.custodian?.display ??
      conceptText(resource.context?.practiceSetting),
    status: resource.status,
    docStatus: resource.docStatus,
    superseded: resource.status === "superseded",
    encounterKey: encounter?.key,
    encounterLabel: encounter?.label,
    resource,
  };
}

function timeOf(date: string | undefined): number {
  const time = date === undefined ? Number.NaN : Date.parse(date);
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}

// Pages already merged keep their resource objects, so each resource is summarized once however often the
// list is re-merged while later pages arrive (and rows memoized on the summary stay unchanged).
const summaries = new WeakMap<DocumentReference, DocumentSummary>();

function cachedSummary(resource: DocumentReference, fallbackKey: string): DocumentSummary {
  const cached = summaries.get(resource);
  if (cached !== undefined && (resource.id !== undefined || cached.key === fallbackKey)) return cached;
  const summary = summarizeDocument(resource, fallbackKey);
  summaries.set(resource, summary);
  return summary;
}

/** Newest first; unknown dates last. Equal times compare 0 so a stable sort keeps the server's order. */
export function newestFirst(a: DocumentSummary, b: DocumentSummary): number {
  if (a.time === b.time) return 0;
  return b.time > a.time ? 1 : -1;
}

/** All pages → one list: de-duplicated by id (servers may repeat entries across pages), newest first. */
export function mergeDocumentPages(pages: readonly DocumentPage[]): DocumentList {
  const byKey = new Map<string, DocumentSummary>();
  pages.forEach((page, pageIndex) => {
    page.documents.forEach((resource, index) => {
      const summary = cachedSummary(resource, `page${pageIndex}-${index}`);
      if (!byKey.has(summary.key)) byKey.set(summary.key, summary);
    });
  });
  // Array.prototype.sort is stable, so documents with equal or missing dates keep the server's order.
  const documents = [...byKey.values()].sort(newestFirst);
  return { documents, total: pages[0]?.total };
}
