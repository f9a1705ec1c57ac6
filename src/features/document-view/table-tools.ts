import { looseDate } from "../../ccda/render/narrative/table-marks";

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

function duplicatesLabel(count: number, folded: boolean): string {
  const rows = `${String(count)} duplicate ${count === 1 ? "row" : "rows"}`;
  return folded ? `${rows} hidden: show` : `Hide ${rows}`;
}

function button(doc: Document, label: string, onClick: (self: HTMLButtonElement) => void): HTMLButtonElement {
  const element = doc.createElement("button");
  element.type = "button";
  element.className = "table-tools__button";
  element.textContent = label;
  element.addEventListener("click", () => {
    onClick(element);
  });
  return element;
}

/**
 * Controls the renderer asked for above a table, put into its `.ccda-table-tools` marker: fold rows identical to
 * an earlier row ("3 duplicate rows hidden: show"), and list rows newest first when a column of dates was
 * recognised. Plain DOM, not a React portal: React gives every portal's container its own listeners for every
 * event type, which cost 1.2–1.8 ms per opening of a document with a dozen tables (test/bench/profile.ts).
 * Fixed markup and counts only: nothing from the document. Does nothing when the marker already holds them.
 */
export function mountTableTools(marker: Element, table: HTMLTableElement): void {
  if (marker.querySelector(".table-tools") !== null) return;
  const doc = marker.ownerDocument;
  const duplicates = table.querySelectorAll("tr.ccda-row-dup").length;
  const column = dateColumnIndex(table);
  const box = doc.createElement("div");
  box.className = "table-tools";
  box.setAttribute("data-search-skip", "");
  box.setAttribute("data-dups-folded", duplicates > 0 ? "true" : "false");
  if (duplicates > 0) {
    let folded = true;
    box.append(
      button(doc, duplicatesLabel(duplicates, folded), (self) => {
        folded = !folded;
        box.setAttribute("data-dups-folded", folded ? "true" : "false");
        self.textContent = duplicatesLabel(duplicates, folded);
      }),
    );
  }
  if (column !== undefined) {
    const original = bodyGroups(table);
    let newestFirst = false;
    const order = button(doc, "Newest first", (self) => {
      newestFirst = !newestFirst;
      reorder(newestFirst ? original.map((rows) => sortNewestFirst(rows, column)) : original);
      self.setAttribute("aria-pressed", String(newestFirst));
    });
    order.setAttribute("aria-pressed", "false");
    box.append(order);
  }
  marker.append(box);
}
