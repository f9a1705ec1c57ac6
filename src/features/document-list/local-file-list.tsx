import { DocumentRow } from "../documents/document-row";
import { moveRowFocus } from "./list-keyboard";
import type { LocalEntry } from "./local-files";

interface LocalFileListProps {
  entries: readonly Extract<LocalEntry, { ok: true }>[];
  selectedKey: string | undefined;
  onSelect: (key: string) => void;
}

/** The opened files as document rows (title, type, date, author from each file's header). */
export function LocalFileList({ entries, selectedKey, onSelect }: LocalFileListProps) {
  const tabStop = entries.some((entry) => entry.key === selectedKey) ? selectedKey : entries[0]?.key;
  return (
    <div className="document-list">
      <h2 className="document-list__heading">Opened files</h2>
      <p className="document-list__progress">
        {entries.length} {entries.length === 1 ? "document" : "documents"}
      </p>
      <div className="document-list__rows" onKeyDown={moveRowFocus}>
        <ul className="document-list__items" aria-label="Documents">
          {entries.map((entry) => (
            <DocumentRow
              key={entry.key}
              summary={entry.summary}
              selected={entry.key === selectedKey}
              tabbable={entry.key === tabStop}
              onSelect={onSelect}
            />
          ))}
        </ul>
      </div>
    </div>
  );
}
