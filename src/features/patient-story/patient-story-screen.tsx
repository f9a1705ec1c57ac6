import { useCallback, useDeferredValue, useMemo, useState } from "react";
import "./patient-story.css";
import { mergeStories } from "../../ccda/story/merge";
import { newestFirst } from "../../ccda/story/merge";
import type { DocumentSummary } from "../../fhir/document-list";
import type { SmartSession } from "../../fhir/smart-session";
import { useDocumentSummaries } from "../documents/use-document-list";
import { StoryChanges } from "./story-changes";
import type { OpenSource } from "./story-open";
import { StoryProgress } from "./story-progress";
import { StorySearch } from "./story-search";
import { StorySummary } from "./story-summary";
import { StoryTimeline } from "./story-timeline";
import { TabList } from "./tab-list";
import { storyCandidates, useStoryLoader } from "./use-story-loader";

type Tab = "summary" | "changes" | "search" | "timeline";
const TABS = [
  { key: "summary", label: "Summary" },
  { key: "changes", label: "What changed" },
  { key: "search", label: "Search all documents" },
  { key: "timeline", label: "Timeline" },
] as const;

interface PatientStoryScreenProps {
  readonly session: SmartSession;
  readonly onOpen: (summary: DocumentSummary, sectionKey?: string, find?: string) => void;
}

/** The patient's story across documents: summary, what changed, search and timeline. */
export function PatientStoryScreen({ session, onOpen }: PatientStoryScreenProps) {
  const list = useDocumentSummaries(session);
  const documents = useMemo(() => list.data?.documents ?? [], [list.data]);
  const candidates = useMemo(() => storyCandidates(documents), [documents]);
  const { load, start, cancel } = useStoryLoader(session);
  // Deferred: merging and rendering many documents never blocks the progress bar or typing.
  const loaded = useDeferredValue(load.stories);
  const stories = useMemo(() => newestFirst([...loaded.values()]), [loaded]);
  const merged = useMemo(() => mergeStories(stories), [stories]);
  const [tab, setTab] = useState<Tab>("summary");
  const byKey = useMemo(() => new Map(documents.map((d) => [d.key, d])), [documents]);
  const openSource: OpenSource = useCallback(
    (documentKey, sectionKey, find) => {
      const summary = byKey.get(documentKey);
      if (summary === undefined) return;
      if (find === undefined) onOpen(summary, sectionKey);
      else onOpen(summary, sectionKey, find);
    },
    [byKey, onOpen],
  );
  const gathered = load.status !== "idle";
  return (
    <section className="patient-story" aria-labelledby="patient-story-heading">
      <h2 id="patient-story-heading">Patient story</h2>
      <StoryProgress
        load={load}
        candidates={candidates.length}
        listComplete={!list.hasNextPage}
        onStart={() => {
          start(candidates);
        }}
        onCancel={cancel}
      />
      <TabList tabs={TABS} selected={tab} onSelect={setTab} label="Patient story views" idBase="story" />
      {TABS.map(({ key }) => (
        <div
          key={key}
          role="tabpanel"
          id={`story-panel-${key}`}
          aria-labelledby={`story-tab-${key}`}
          hidden={tab !== key}
          className="story-tabpanel"
        >
          {tab !== key ? null : key === "timeline" ? (
            <StoryTimeline documents={documents} encounters={merged.encounter} onOpen={openSource} />
          ) : !gathered ? (
            <p className="story-muted">Gather the documents first (the button above).</p>
          ) : key === "summary" ? (
            <StorySummary merged={merged} onOpen={openSource} />
          ) : key === "changes" ? (
            <StoryChanges stories={stories} onOpen={openSource} />
          ) : (
            <StorySearch stories={stories} onOpen={openSource} />
          )}
        </div>
      ))}
    </section>
  );
}
