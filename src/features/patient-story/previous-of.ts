import { tsSortKey } from "../../ccda/story/times";
import type { DocumentStory } from "../../ccda/story/types";

/** The newest document older than `story` with the same type code (else the same title); undefined if none. */
export function previousOfSameType(
  stories: readonly DocumentStory[],
  story: DocumentStory,
): DocumentStory | undefined {
  const sameType = (s: DocumentStory) =>
    story.typeCode !== undefined ? s.typeCode === story.typeCode : s.title === story.title;
  const at = tsSortKey(story.time);
  return stories
    .filter((s) => s.key !== story.key && sameType(s) && tsSortKey(s.time) < at)
    .sort((a, b) => tsSortKey(b.time).localeCompare(tsSortKey(a.time)))[0];
}
