import { useEffect, useId, useRef, useState } from "react";
import { DocumentRow } from "../documents/document-row";
import { moveRowFocus } from "./list-keyboard";
import { firstRows, type ListView, type VisibleGroup } from "./list-view";
import { ShowMore } from "./show-more";

interface DocumentRowsProps {
  view: ListView;
  selectedKey: string | undefined;
  onSelect: (key: string) => void;
}

function GroupSection(props: {
  group: VisibleGroup;
  selectedKey: string | undefined;
  tabStop: string | undefined;
  onSelect: (key: string) => void;
}) {
  const headingId = useId();
  const { group } = props;
  const count = group.count;
  return (
    <section className="document-group" aria-labelledby={headingId}>
      <h3 className="document-group__heading" id={headingId}>
        {group.label} <span className="document-group__count">({count})</span>
      </h3>
      <ul className="document-list__items" aria-labelledby={headingId}>
        {group.documents.map((summary) => (
          <DocumentRow
            key={summary.key}
            summary={summary}
            selected={summary.key === props.selectedKey}
            tabbable={summary.key === props.tabStop}
            onSelect={props.onSelect}
          />
        ))}
      </ul>
    </section>
  );
}

/** Rows rendered at first and per step: a few screens' worth, so 2,000 documents cost what 200 do. */
const BATCH = 200;

/**
 * The shown rows, flat or in groups with their counts. The whole list is one tab stop (the open document's
 * row, else the first); arrow keys move inside it.
 */
export function DocumentRows({ view, selectedKey, onSelect }: DocumentRowsProps) {
  const [limit, setLimit] = useState(BATCH);
  const selectedAt = view.ordered.findIndex((summary) => summary.key === selectedKey);
  // The open document's row is always rendered (opened from the URL or by j/k far down the list).
  const shown = Math.min(view.ordered.length, Math.max(limit, selectedAt + 1 + BATCH / 4));
  const groups = firstRows(view, shown);
  const tabStop = selectedAt >= 0 ? selectedKey : view.ordered[0]?.key;
  const grouped = view.groups.length > 1 || view.groups[0]?.label !== undefined;
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // A document opened by a shortcut or from the URL: bring its row into view, and keep keyboard focus on the
    // open row when focus was in the list (so arrows continue from there).
    const row = container.current?.querySelector<HTMLElement>('[aria-current="true"]');
    if (row === null || row === undefined) return;
    // jsdom has no scrollIntoView; browsers all do.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
    row.scrollIntoView?.({ block: "nearest" });
    if (container.current?.contains(document.activeElement) === true) row.focus();
  }, [selectedKey]);
  return (
    // Arrow keys are handled by the rows' container; the rows themselves are buttons.
    <div className="document-list__rows" ref={container} onKeyDown={moveRowFocus}>
      {grouped ? (
        groups.map((group) => (
          <GroupSection
            key={group.key}
            group={group}
            selectedKey={selectedKey}
            tabStop={tabStop}
            onSelect={onSelect}
          />
        ))
      ) : (
        <ul className="document-list__items" aria-label="Documents">
          {(groups[0]?.documents ?? []).map((summary) => (
            <DocumentRow
              key={summary.key}
              summary={summary}
              selected={summary.key === selectedKey}
              tabbable={summary.key === tabStop}
              onSelect={onSelect}
            />
          ))}
        </ul>
      )}
      {shown < view.ordered.length ? (
        <ShowMore
          hidden={view.ordered.length - shown}
          onMore={() => {
            setLimit(shown + BATCH);
          }}
        />
      ) : null}
    </div>
  );
}
