import type { SectionChange } from "../../ccda/story/compare";
import type { OpenSource } from "./story-open";

const CHANGE_WORDS = { added: "Added", removed: "Removed", changed: "Changed" } as const;

function cells(row: readonly string[] | undefined): string {
  return row === undefined ? "" : row.filter(Boolean).join(" · ");
}

interface SectionChangeViewProps {
  readonly change: SectionChange;
  readonly beforeKey: string;
  readonly afterKey: string;
  readonly onOpen: OpenSource;
}

/** One section's changes: a badge, a link into the document, and the rows that differ. */
export function SectionChangeView({ change, beforeKey, afterKey, onOpen }: SectionChangeViewProps) {
  if (change.change === "unchanged") return null;
  const target =
    change.afterKey !== undefined
      ? { doc: afterKey, section: change.afterKey }
      : { doc: beforeKey, section: change.beforeKey };
  return (
    <li className={`story-change story-change--${change.change}`}>
      <h4>
        <span className="story-badge">{CHANGE_WORDS[change.change]}</span> {change.title}{" "}
        <button
          type="button"
          className="story-link"
          onClick={() => {
            onOpen(target.doc, target.section);
          }}
        >
          {change.afterKey !== undefined ? "Open in the newer document" : "Open in the older document"}
        </button>
      </h4>
      {change.rows.length > 0 ? (
        <table className="story-table">
          <thead>
            <tr>
              <th scope="col">Change</th>
              <th scope="col">Row</th>
              <th scope="col">Before</th>
              <th scope="col">After</th>
            </tr>
          </thead>
          <tbody>
            {change.rows.map((row, index) => (
              <tr key={index} className={`story-row--${row.change}`}>
                <td>{CHANGE_WORDS[row.change]}</td>
                <th scope="row">{row.label}</th>
                <td>{cells(row.before)}</td>
                <td>{cells(row.after)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : change.change === "changed" ? (
        <p className="story-muted">The text changed (no table rows to compare).</p>
      ) : null}
    </li>
  );
}
