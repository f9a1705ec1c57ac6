/**
 * What the user asked the list to show: sort, grouping and filters. Plain data, so it can be stored, compared
 * and applied by the pure functions of list-view.ts.
 */

export type SortKey = "date" | "type" | "author";
export type GroupKey = "none" | "type" | "encounter";

export interface ListQuery {
  readonly sort: SortKey;
  readonly group: GroupKey;
  /** Free text over titles, types and authors. */
  readonly text: string;
  /** A DocumentSummary.typeKey, or "" for every type. */
  readonly type: string;
  readonly author: string;
  readonly facility: string;
  /** yyyy-mm-dd bounds, inclusive, as <input type="date"> gives them; "" for open. */
  readonly from: string;
  readonly to: string;
  readonly showSuperseded: boolean;
}

export const DEFAULT_LIST_QUERY: ListQuery = Object.freeze({
  sort: "date",
  group: "none",
  text: "",
  type: "",
  author: "",
  facility: "",
  from: "",
  to: "",
  showSuperseded: false,
});

const SORTS: readonly SortKey[] = ["date", "type", "author"];
const GROUPS: readonly GroupKey[] = ["none", "type", "encounter"];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function stringField(record: Record<string, unknown>, key: string): string {
  const value = record[key];
  return typeof value === "string" ? value.slice(0, 200) : "";
}

/** Reads a stored query defensively: anything missing or odd falls back to the default. */
export function parseListQuery(value: unknown): ListQuery {
  if (typeof value !== "object" || value === null) return DEFAULT_LIST_QUERY;
  const record = value as Record<string, unknown>;
  const sort = SORTS.find((key) => key === record["sort"]) ?? "date";
  const group = GROUPS.find((key) => key === record["group"]) ?? "none";
  const from = stringField(record, "from");
  const to = stringField(record, "to");
  return {
    sort,
    group,
    text: stringField(record, "text"),
    type: stringField(record, "type"),
    author: stringField(record, "author"),
    facility: stringField(record, "facility"),
    from: DAY.test(from) ? from : "",
    to: DAY.test(to) ? to : "",
    showSuperseded: record["showSuperseded"] === true,
  };
}

/** True when any filter narrows the list (sort, grouping and the superseded toggle do not count). */
export function isFiltered(query: ListQuery): boolean {
  return (
    query.text.trim() !== "" ||
    query.type !== "" ||
    query.author !== "" ||
    query.facility !== "" ||
    query.from !== "" ||
    query.to !== ""
  );
}
