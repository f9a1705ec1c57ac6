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
  /** A short word for the content's format when it is not a structured document ("PDF", "HTML", "Text" …). */
  readonly formatLabel: string | undefined;
  /** The FHIR date/dateTime the list sorts by, as sent. */
  readonly date: string | undefined;
  readonly authors: readonly string[];
  readonly facility: string | undefined;
  readonly status: DocumentReference["status"] | undefined;
  readonly docStatus: string | undefined;
  readonly superseded: boolean;
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

export function summarizeDocument(resource: DocumentReference, fallbackKey: string): DocumentSummary {
  const typeText = conceptText(resource.type);
  const ownTitle =
    resource.description?.trim() ||
    contentsOf(resource)
      .find((content) => content.attachment.title?.trim())
      ?.attachment.title?.trim();
  const title = ownTitle ?? typeText ?? "Untitled document";
  return {
    key: resource.id ?? fallbackKey,
    title,
    typeText: typeText !== undefined && !sameWords(typeText, title) ? typeText : undefined,
    formatLabel: formatLabelOf(resource),
    date: documentDate(resource),
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
    resource,
  };
}

function timeOf(summary: DocumentSummary): number {
  const time = summary.date === undefined ? Number.NaN : Date.parse(summary.date);
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}

/** All pages → one list: de-duplicated by id (servers may repeat entries across pages), newest first. */
export function mergeDocumentPages(pages: readonly DocumentPage[]): DocumentList {
  const byKey = new Map<string, DocumentSummary>();
  pages.forEach((page, pageIndex) => {
    page.documents.forEach((resource, index) => {
      const summary = summarizeDocument(resource, `page${pageIndex}-${index}`);
      if (!byKey.has(summary.key)) byKey.set(summary.key, summary);
    });
  });
  // Array.prototype.sort is stable, so documents with equal or missing dates keep the server's order.
  const documents = [...byKey.values()].sort((a, b) => timeOf(b) - timeOf(a));
  return { documents, total: pages[0]?.total };
}
