import { useMemo } from "react";
import type { MergedStory } from "../../ccda/story/merge";
import { trendsOf, type Trend } from "../../ccda/story/trend";
import { STORY_KINDS, type StoryKind } from "../../ccda/story/types";
import { KIND_LABELS, StoryKindTable } from "./story-kind-table";
import type { OpenSource } from "./story-open";

const TRENDED: ReadonlySet<StoryKind> = new Set(["result", "vital"]);

/** The patient summary: every kind, merged across the gathered documents. */
export function StorySummary({ merged, onOpen }: { merged: MergedStory; onOpen: OpenSource }) {
  const rows = useMemo(
    () =>
      STORY_KINDS.map((kind): [StoryKind, Trend[]] => [
        kind,
        TRENDED.has(kind)
          ? trendsOf(merged[kind])
          : merged[kind].map((latest) => ({ key: latest.key, latest, earlier: [] })),
      ]),
    [merged],
  );
  return (
    <div className="story-summary">
      <nav aria-label="Summary sections" className="story-jump">
        <ul>
          {rows.map(([kind, trends]) => (
            <li key={kind}>
              <button
                type="button"
                className="story-link"
                onClick={() => {
                  jumpTo(`story-kind-${kind}`);
                }}
              >{`${KIND_LABELS[kind]} (${trends.length})`}</button>
            </li>
          ))}
        </ul>
      </nav>
      {rows.map(([kind, trends]) => (
        <StoryKindTable key={kind} kind={kind} trends={trends} onOpen={onOpen} />
      ))}
    </div>
  );
}

/** In-page jumps without touching the URL (the app keeps its own state there). */
function jumpTo(headingId: string): void {
  const heading = document.getElementById(headingId);
  if (heading === null) return;
  heading.setAttribute("tabindex", "-1");
  heading.focus({ preventScroll: true });
  heading.scrollIntoView({ block: "start" });
}
