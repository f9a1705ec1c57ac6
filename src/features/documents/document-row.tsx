import { memo } from "react";
import type { DocumentSummary } from "../../fhir/document-list";
import { formatFhirDate } from "../../lib/format-date";
import { useContentUnavailable } from "./use-content-unavailable";

/** What a row shows; fetched documents and local files both provide it. */
export type RowSummary = Pick<
  DocumentSummary,
  "key" | "title" | "typeText" | "formatLabel" | "date" | "authors" | "facility" | "status" | "docStatus"
> & { readonly superseded: boolean };

function statusLabel(summary: RowSummary): string | undefined {
  if (summary.superseded) return "Superseded";
  if (summary.status === "entered-in-error") return "Entered in error";
  if (summary.docStatus !== undefined && summary.docStatus !== "final") {
    return summary.docStatus.charAt(0).toUpperCase() + summary.docStatus.slice(1);
  }
  return undefined;
}

interface DocumentRowProps {
  summary: RowSummary;
  selected: boolean;
  /** The row that takes the list's single tab stop (roving tabindex). */
  tabbable: boolean;
  onSelect: (key: string) => void;
}

/** One document in a list. Memoized: while pages arrive, only new rows and the selection change render. */
export const DocumentRow = memo(function DocumentRow({
  summary,
  selected,
  tabbable,
  onSelect,
}: DocumentRowProps) {
  const status = statusLabel(summary);
  const unavailable = useContentUnavailable(summary.key);
  const meta = [summary.authors.join(", "), summary.facility].filter(
    (part) => part !== undefined && part !== "",
  );
  return (
    <li className="document-row">
      <button
        type="button"
        className={`document-row__button${summary.superseded ? " document-row__button--superseded" : ""}`}
        aria-current={selected ? "true" : undefined}
        tabIndex={tabbable ? 0 : -1}
        data-key={summary.key}
        onClick={() => {
          onSelect(summary.key);
        }}
      >
        <span className="document-row__title">{summary.title}</span>
        {summary.typeText === undefined && summary.formatLabel === undefined ? null : (
          <span className="document-row__type">
            {summary.typeText}
            {summary.formatLabel === undefined ? null : (
              <span className="badge badge--format">{summary.formatLabel}</span>
            )}
          </span>
        )}
        <span className="document-row__line">
          {summary.date === undefined ? (
            <span>Date unknown</span>
          ) : (
            <time dateTime={summary.date}>{formatFhirDate(summary.date)}</time>
          )}
          {status === undefined ? null : <span className="badge badge--status">{status}</span>}
          {unavailable ? <span className="badge badge--unavailable">Content unavailable</span> : null}
        </span>
        {meta.length === 0 ? null : <span className="document-row__meta">{meta.join(" · ")}</span>}
      </button>
    </li>
  );
});
