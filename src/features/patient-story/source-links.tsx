import { formatTs } from "../../ccda/format/time";
import type { Provenance } from "../../ccda/story/types";
import type { OpenSource } from "./story-open";

const SHOWN = 2;

function SourceButton({ source, onOpen }: { source: Provenance; onOpen: OpenSource }) {
  const date = formatTs(source.documentTime, { dateOnly: true });
  return (
    <button
      type="button"
      className="story-link"
      onClick={() => {
        onOpen(source.documentKey, source.sectionKey);
      }}
    >
      {source.documentTitle}
      {date ? `, ${date}` : ""}
      <span className="story-link__section"> › {source.sectionTitle}</span>
    </button>
  );
}

/** The documents that say an item, newest first: the first two as links, the rest behind "n more". */
export function SourceLinks({ sources, onOpen }: { sources: readonly Provenance[]; onOpen: OpenSource }) {
  const head = sources.slice(0, SHOWN);
  const rest = sources.slice(SHOWN);
  return (
    <div className="story-sources">
      <ul className="story-sources__list">
        {head.map((s) => (
          <li key={`${s.documentKey}|${s.sectionKey}`}>
            <SourceButton source={s} onOpen={onOpen} />
          </li>
        ))}
      </ul>
      {rest.length > 0 ? (
        <details className="story-sources__more">
          <summary>{`${rest.length} more document${rest.length === 1 ? "" : "s"}`}</summary>
          <ul className="story-sources__list">
            {rest.map((s) => (
              <li key={`${s.documentKey}|${s.sectionKey}`}>
                <SourceButton source={s} onOpen={onOpen} />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
