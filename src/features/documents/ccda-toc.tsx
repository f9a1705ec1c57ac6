import type { TocEntry } from "../../ccda/types";

function TocItems({ entries }: { entries: readonly TocEntry[] }) {
  return (
    <ol className="ccda-toc__list">
      {entries.map((entry) => (
        <li key={entry.id}>
          <a href={`#${entry.id}`}>{entry.title}</a>
          {entry.children.length === 0 ? null : <TocItems entries={entry.children} />}
        </li>
      ))}
    </ol>
  );
}

export function CcdaToc({ entries }: { entries: readonly TocEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <nav className="ccda-toc" aria-label="Sections">
      <details open>
        <summary>Sections</summary>
        <TocItems entries={entries} />
      </details>
    </nav>
  );
}
