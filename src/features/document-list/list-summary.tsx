import { DEFAULT_LIST_QUERY, isFiltered, type ListQuery } from "./list-query";

interface ListSummaryProps {
  query: ListQuery;
  shown: number;
  loaded: number;
  hiddenSuperseded: number;
  onChange: (change: Partial<ListQuery>) => void;
}

/**
 * How much of the list is shown, announced politely when filters change, and the one-click superseded
 * toggle (superseded versions are hidden by default: their replacements are in the list).
 */
export function ListSummary({ query, shown, loaded, hiddenSuperseded, onChange }: ListSummaryProps) {
  const filtered = isFiltered(query);
  const parts = [
    filtered ? `${shown} shown` : undefined,
    hiddenSuperseded > 0 ? `${hiddenSuperseded} superseded hidden` : undefined,
  ].filter((part) => part !== undefined);
  return (
    <div className="list-summary">
      <p className="list-summary__text" role="status">
        {parts.join(", ")}
      </p>
      <div className="list-summary__actions">
        {hiddenSuperseded > 0 || query.showSuperseded ? (
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              onChange({ showSuperseded: !query.showSuperseded });
            }}
          >
            {query.showSuperseded ? "Hide superseded" : `Show superseded (${hiddenSuperseded})`}
          </button>
        ) : null}
        {filtered ? (
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              const { text, type, author, facility, from, to } = DEFAULT_LIST_QUERY;
              onChange({ text, type, author, facility, from, to });
            }}
          >
            Clear filters
          </button>
        ) : null}
      </div>
      {shown === 0 && loaded > 0 ? <p className="list-summary__none">No documents match.</p> : null}
    </div>
  );
}
