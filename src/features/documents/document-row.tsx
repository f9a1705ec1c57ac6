import type { DocumentSummary } from "../../fhir/document-list";
import { formatFhirDate } from "../../lib/format-date";

function statusLabel(summary: DocumentSummary): string | undefined {
  if (summary.superseded) return "Superseded";
  if (summary.status === "entered-in-error") return "Entered in error";
  if (summary.docStatus !== undefined && summary.docStatus !== "final") {
    return summary.docStatus.charAt(0).toUpperCase() + summary.docStatus.slice(1);
  }
  return undefined;
}

interface DocumentRowProps {
  summary: DocumentSummary;
  selected: boolean;
  onSelect: (summary: DocumentSummary) => void;
}

export function DocumentRow({ summary, selected, onSelect }: DocumentRowProps) {
  const status = statusLabel(summary);
  const meta = [summary.authors.join(", "), summary.facility].filter(
    (part) => part !== undefined && part !== "",
  );
  return (
    <li className="document-row">
      <button
        type="button"
        className={`document-row__button${summary.superseded ? " document-row__button--superseded" : ""}`}
        aria-current={selected ? "true" : undefined}
        onClick={() => {
          onSelect(summary);
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
        </span>
        {meta.length === 0 ? null : <span className="document-row__meta">{meta.join(" · ")}</span>}
      </button>
    </li>
  );
}
