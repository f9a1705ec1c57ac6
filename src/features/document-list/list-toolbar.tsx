import { useId, useState } from "react";
import { type GroupKey, type ListQuery, type SortKey } from "./list-query";
import { KeyboardHelp } from "./keyboard-help";
import { ListFilters } from "./list-filters";
import type { Facet } from "./list-view";

interface ListToolbarProps {
  query: ListQuery;
  facets: { types: readonly Facet[]; authors: readonly Facet[]; facilities: readonly Facet[] };
  onChange: (change: Partial<ListQuery>) => void;
}

function activeFilterCount(query: ListQuery): number {
  return [query.type, query.author, query.facility, query.from, query.to].filter((value) => value !== "")
    .length;
}

/** Search, sort, grouping and the filters disclosure above the list. */
export function ListToolbar({ query, facets, onChange }: ListToolbarProps) {
  const searchId = useId();
  const sortId = useId();
  const groupId = useId();
  const active = activeFilterCount(query);
  // Open at first when filters were restored from an earlier visit, so they are not silently in force; after
  // that the user opens and closes it (a constant prop, so React never fights the user's toggle).
  const [openAtFirst] = useState(active > 0);
  return (
    <div className="list-toolbar">
      <div className="list-field list-field--search">
        <label htmlFor={searchId}>Search documents</label>
        <input
          id={searchId}
          type="search"
          value={query.text}
          placeholder="Title, type or author"
          autoComplete="off"
          onChange={(event) => {
            onChange({ text: event.target.value });
          }}
        />
      </div>
      <div className="list-toolbar__row">
        <div className="list-field">
          <label htmlFor={sortId}>Sort by</label>
          <select
            id={sortId}
            value={query.sort}
            onChange={(event) => {
              onChange({ sort: event.target.value as SortKey });
            }}
          >
            <option value="date">Date</option>
            <option value="type">Type</option>
            <option value="author">Author</option>
          </select>
        </div>
        <div className="list-field">
          <label htmlFor={groupId}>Group by</label>
          <select
            id={groupId}
            value={query.group}
            onChange={(event) => {
              onChange({ group: event.target.value as GroupKey });
            }}
          >
            <option value="none">No grouping</option>
            <option value="type">Type</option>
            <option value="encounter">Encounter</option>
          </select>
        </div>
      </div>
      <div className="list-toolbar__disclosures">
        <details className="list-toolbar__filters" open={openAtFirst || undefined}>
          <summary>Filters{active > 0 ? ` (${active} active)` : ""}</summary>
          <ListFilters query={query} facets={facets} onChange={onChange} />
        </details>
        <KeyboardHelp />
      </div>
    </div>
  );
}
