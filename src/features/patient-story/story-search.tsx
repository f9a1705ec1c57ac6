import { useDeferredValue, useId, useMemo, useState } from "react";
import { formatTs } from "../../ccda/format/time";
import { buildSearchIndex, searchIndex, type SearchHit } from "../../ccda/story/search";
import type { DocumentStory } from "../../ccda/story/types";
import type { OpenSource } from "./story-open";

const LIMIT = 200;

function byDocument(hits: readonly SearchHit[]): SearchHit[][] {
  const groups = new Map<string, SearchHit[]>();
  for (const hit of hits) {
    const list = groups.get(hit.entry.documentKey);
    if (list === undefined) groups.set(hit.entry.documentKey, [hit]);
    else list.push(hit);
  }
  return [...groups.values()];
}

/** Full-text search over the gathered documents; results by document and section, each opening the section. */
export function StorySearch({ stories, onOpen }: { stories: readonly DocumentStory[]; onOpen: OpenSource }) {
  const id = useId();
  const [query, setQuery] = useState("");
  const deferred = useDeferredValue(query);
  const index = useMemo(() => buildSearchIndex(stories), [stories]);
  const hits = useMemo(() => searchIndex(index, deferred, LIMIT), [index, deferred]);
  const groups = byDocument(hits);
  return (
    <div className="story-search">
      <div role="search" className="story-form">
        <label htmlFor={`${id}-q`}>Search all gathered documents</label>
        <input
          id={`${id}-q`}
          type="search"
          value={query}
          placeholder="e.g. metformin"
          onChange={(e) => {
            setQuery(e.target.value);
          }}
        />
      </div>
      <p role="status" className="story-muted">
        {deferred.trim() === ""
          ? `${stories.length} documents, ${index.length} sections searchable.`
          : `${hits.length >= LIMIT ? `First ${LIMIT}` : hits.length} matching section${hits.length === 1 ? "" : "s"} in ${groups.length} document${groups.length === 1 ? "" : "s"}.`}
      </p>
      <ol className="story-results">
        {groups.map((group) => {
          const first = group[0];
          if (first === undefined) return null;
          const date = formatTs(first.entry.documentTime, { dateOnly: true });
          return (
            <li key={first.entry.documentKey}>
              <h3>{date ? `${first.entry.documentTitle}, ${date}` : first.entry.documentTitle}</h3>
              <ul>
                {group.map((hit) => (
                  <li key={hit.entry.sectionKey}>
                    <button
                      type="button"
                      className="story-link"
                      onClick={() => {
                        onOpen(hit.entry.documentKey, hit.entry.sectionKey, hit.snippet.match);
                      }}
                    >
                      {hit.entry.sectionTitle}
                    </button>
                    <p className="story-snippet">
                      {hit.snippet.before}
                      <mark>{hit.snippet.match}</mark>
                      {hit.snippet.after}
                    </p>
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
