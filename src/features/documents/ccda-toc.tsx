import type { DocumentSection, TocEntry } from "../../ccda/types";
import { formatSize } from "../document-view/format-size";

interface CcdaTocProps {
  /** Shown sections, in display order, with their index in the document. */
  sections: readonly { section: DocumentSection; index: number }[];
  /** Id of the section being read (highlighted). */
  currentId: string | undefined;
  /** Jump to a heading (top-level or nested) of the section with this index. */
  onJump: (index: number, headingId: string) => void;
}

function SubItems({
  entries,
  index,
  onJump,
}: { entries: readonly TocEntry[]; index: number } & Pick<CcdaTocProps, "onJump">) {
  if (entries.length === 0) return null;
  return (
    <ol className="ccda-toc__list ccda-toc__list--nested">
      {entries.map((entry) => (
        <li key={entry.id}>
          <a
            href={`#${entry.id}`}
            onClick={(event) => {
              event.preventDefault();
              onJump(index, entry.id);
            }}
          >
            {entry.title}
          </a>
          <SubItems entries={entry.children} index={index} onJump={onJump} />
        </li>
      ))}
    </ol>
  );
}

/** The table of contents: every shown section with its size, the current one marked, links that jump. */
export function CcdaToc({ sections, currentId, onJump }: CcdaTocProps) {
  if (sections.length === 0) return null;
  return (
    <nav className="ccda-toc" aria-label="Sections">
      <details open>
        <summary>Sections ({sections.length})</summary>
        <ol className="ccda-toc__list">
          {sections.map(({ section, index }) => {
            const current = section.id === currentId;
            return (
              <li
                key={section.id}
                className={current ? "ccda-toc__item ccda-toc__item--current" : "ccda-toc__item"}
              >
                <a
                  href={`#${section.headingId}`}
                  aria-current={current ? "location" : undefined}
                  onClick={(event) => {
                    event.preventDefault();
                    onJump(index, section.headingId);
                  }}
                >
                  <span className="ccda-toc__title">{section.title}</span>{" "}
                  <span className="ccda-toc__size">{formatSize(section.textSize)}</span>
                </a>
                <SubItems entries={section.children} index={index} onJump={onJump} />
              </li>
            );
          })}
        </ol>
      </details>
    </nav>
  );
}
