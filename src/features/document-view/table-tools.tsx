import { useState } from "react";
import { looseDate } from "../../ccda/render/narrative/table-marks";

interface TableToolsProps {
  /** The marked table (the element right after the tools marker). */
  table: HTMLTableElement;
}

function dateColumnIndex(table: HTMLTableElement): number | undefined {
  const th = table.querySelector("th.ccda-date-col");
  if (!(th instanceof HTMLTableCellElement)) return undefined;
  return th.cellIndex;
}

/** Body rows grouped by their tbody (rows never move between groups), header row excluded. */
function bodyGroups(table: HTMLTableElement): HTMLTableRowElement[][] {
  return Array.from(table.tBodies, (body) =>
    Array.from(body.rows).filter((row) => !Array.from(row.cells).every((c) => c.tagName === "TH")),
  );
}

function sortNewestFirst(rows: readonly HTMLTableRowElement[], column: number): HTMLTableRowElement[] {
  const keyed = rows.map((row, position) => ({
    row,
    position,
    date: looseDate(row.cells[column]?.textContent ?? ""),
  }));
  keyed.sort((a, b) => {
    if (a.date === undefined || b.date === undefined) {
      if (a.date === b.date) return a.position - b.position;
      return a.date === undefined ? 1 : -1;
    }
    return b.date - a.date || a.position - b.position;
  });
  return keyed.map((k) => k.row);
}

/** Puts rows back in the given order (moving existing nodes; no markup is created). */
function reorder(groups: readonly (readonly HTMLTableRowElement[])[]): void {
  for (const rows of groups) {
    const parent = rows[0]?.parentElement;
    if (parent) parent.append(...rows);
  }
}

/**
 * Controls the renderer asked for above a table: fold rows identical to an earlier row ("3 duplicate rows
 * hidden"), and list rows newest first when a column of dates was recognised.
 */
export function TableTools({ table }: TableToolsProps) {
  const duplicates = table.querySelectorAll("tr.ccda-row-dup").length;
  const column = dateColumnIndex(table);
  const [folded, setFolded] = useState(true);
  const [original] = useState(() => bodyGroups(table));
  const [newestFirst, setNewestFirst] = useState(false);
  const toggleOrder = () => {
    if (column === undefined) return;
    const next = !newestFirst;
    reorder(next ? original.map((rows) => sortNewestFirst(rows, column)) : original);
    setNewestFirst(next);
  };
  return (
    <div
      className="table-tools"
      data-search-skip=""
      data-dups-folded={duplicates > 0 && folded ? "true" : "false"}
    >
      {duplicates > 0 ? (
        <button
          type="button"
          className="table-tools__button"
          onClick={() => {
            setFolded(!folded);
          }}
        >
          {folded
            ? `${duplicates} duplicate ${duplicates === 1 ? "row" : "rows"} hidden: show`
            : `Hide ${duplicates} duplicate ${duplicates === 1 ? "row" : "rows"}`}
        </button>
      ) : null}
      {column === undefined ? null : (
        <button
          type="button"
          className="table-tools__button"
          aria-pressed={newestFirst}
          onClick={toggleOrder}
        >
          Newest first
        </button>
      )}
    </div>
  );
}
