import { useId } from "react";
import type { ListQuery } from "./list-query";
import type { Facet } from "./list-view";

interface FacetSelectProps {
  label: string;
  allLabel: string;
  value: string;
  facets: readonly Facet[];
  onChange: (value: string) => void;
}

function FacetSelect({ label, allLabel, value, facets, onChange }: FacetSelectProps) {
  const id = useId();
  // A chosen value the loaded documents no longer carry (stored from an earlier visit) stays selectable.
  const missing = value !== "" && !facets.some((facet) => facet.value === value);
  return (
    <div className="list-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      >
        <option value="">{allLabel}</option>
        {missing ? <option value={value}>{value}</option> : null}
        {facets.map((facet) => (
          <option key={facet.value} value={facet.value}>
            {facet.label} ({facet.count})
          </option>
        ))}
      </select>
    </div>
  );
}

function DateField(props: { label: string; value: string; onChange: (value: string) => void }) {
  const id = useId();
  return (
    <div className="list-field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="date"
        value={props.value}
        onChange={(event) => {
          props.onChange(event.target.value);
        }}
      />
    </div>
  );
}

interface ListFiltersProps {
  query: ListQuery;
  facets: { types: readonly Facet[]; authors: readonly Facet[]; facilities: readonly Facet[] };
  onChange: (change: Partial<ListQuery>) => void;
}

/** Type, author, facility and date-range filters (the free-text search and sort live in the toolbar). */
export function ListFilters({ query, facets, onChange }: ListFiltersProps) {
  return (
    <div className="list-filters">
      <FacetSelect
        label="Type"
        allLabel="All types"
        value={query.type}
        facets={facets.types}
        onChange={(type) => {
          onChange({ type });
        }}
      />
      <FacetSelect
        label="Author"
        allLabel="All authors"
        value={query.author}
        facets={facets.authors}
        onChange={(author) => {
          onChange({ author });
        }}
      />
      <FacetSelect
        label="Facility"
        allLabel="All facilities"
        value={query.facility}
        facets={facets.facilities}
        onChange={(facility) => {
          onChange({ facility });
        }}
      />
      <DateField
        label="From"
        value={query.from}
        onChange={(from) => {
          onChange({ from });
        }}
      />
      <DateField
        label="To"
        value={query.to}
        onChange={(to) => {
          onChange({ to });
        }}
      />
      <button
        type="button"
        className="button button--small"
        onClick={() => {
          onChange({ type: "", author: "", facility: "", from: "", to: "", text: "" });
        }}
      >
        Clear filters
      </button>
    </div>
  );
}
