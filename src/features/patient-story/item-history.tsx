import { formatTs } from "../../ccda/format/time";
import type { ItemState } from "../../ccda/story/merge";
import type { OpenSource } from "./story-open";

function span(state: ItemState): string {
  const times = state.sources.map((s) => formatTs(s.documentTime, { dateOnly: true })).filter(Boolean);
  const newest = times[0];
  const oldest = times.at(-1);
  if (newest === undefined || oldest === undefined) return "";
  return newest === oldest ? `in a document of ${newest}` : `in documents from ${oldest} to ${newest}`;
}

/** What older documents said, one line per state (status, dates, details), each with its first document. */
export function ItemHistory({ history, onOpen }: { history: readonly ItemState[]; onOpen: OpenSource }) {
  if (history.length < 2) return null;
  return (
    <details className="story-history">
      <summary>{`History (${history.length} versions)`}</summary>
      <ol className="story-history__list">
        {history.map((state, index) => {
          const first = state.sources[0];
          const words = [state.name, state.status, state.dates, state.detail].filter(Boolean).join(" · ");
          return (
            <li key={index}>
              <span>{words}</span> <span className="story-muted">{span(state)}</span>{" "}
              {first === undefined ? null : (
                <button
                  type="button"
                  className="story-link"
                  onClick={() => {
                    onOpen(first.documentKey, first.sectionKey);
                  }}
                >
                  {`Open ${first.documentTitle}`}
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </details>
  );
}
