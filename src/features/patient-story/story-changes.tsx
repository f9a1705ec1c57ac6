import { useId, useMemo, useState } from "react";
import { formatTs } from "../../ccda/format/time";
import { compareStories } from "../../ccda/story/compare";
import type { DocumentStory } from "../../ccda/story/types";
import { previousOfSameType } from "./previous-of";
import { SectionChangeView } from "./section-change-view";
import type { OpenSource } from "./story-open";

const AUTO = "";

function label(story: DocumentStory): string {
  const date = formatTs(story.time, { dateOnly: true });
  return date ? `${story.title} (${date})` : story.title;
}

interface StoryChangesProps {
  /** Newest first. */
  readonly stories: readonly DocumentStory[];
  readonly onOpen: OpenSource;
}

/** "What changed": a document against the previous one of its type, or any other the user picks. */
export function StoryChanges({ stories, onOpen }: StoryChangesProps) {
  const id = useId();
  const [afterKey, setAfterKey] = useState<string>(AUTO);
  const [beforeKey, setBeforeKey] = useState<string>(AUTO);
  const after = stories.find((s) => s.key === afterKey) ?? stories[0];
  const before =
    beforeKey === AUTO
      ? after && previousOfSameType(stories, after)
      : stories.find((s) => s.key === beforeKey);
  const changes = useMemo(() => (after && before ? compareStories(before, after) : []), [after, before]);
  if (after === undefined) return <p className="story-muted">No documents gathered yet.</p>;
  const changed = changes.filter((c) => c.change !== "unchanged");
  return (
    <div className="story-changes">
      <div className="story-form">
        <label htmlFor={`${id}-after`}>Document</label>
        <select
          id={`${id}-after`}
          value={after.key}
          onChange={(e) => {
            setAfterKey(e.target.value);
          }}
        >
          {stories.map((s) => (
            <option key={s.key} value={s.key}>
              {label(s)}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-before`}>Compared with</label>
        <select
          id={`${id}-before`}
          value={beforeKey}
          onChange={(e) => {
            setBeforeKey(e.target.value);
          }}
        >
          <option value={AUTO}>The previous document of the same type</option>
          {stories
            .filter((s) => s.key !== after.key)
            .map((s) => (
              <option key={s.key} value={s.key}>
                {label(s)}
              </option>
            ))}
        </select>
      </div>
      {before === undefined ? (
        <p className="story-muted">
          There is no earlier document of this type among the gathered ones: pick one to compare with.
        </p>
      ) : (
        <>
          <p role="status">
            {`${label(before)} → ${label(after)}: ${changed.length} section${changed.length === 1 ? "" : "s"} changed, ${changes.length - changed.length} unchanged.`}
          </p>
          <ul className="story-change-list">
            {changed.map((c, index) => (
              <SectionChangeView
                key={index}
                change={c}
                beforeKey={before.key}
                afterKey={after.key}
                onOpen={onOpen}
              />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
