import { useQueryClient, type QueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { storyOfText } from "../../ccda/story/extract-story";
import type { DocumentStory } from "../../ccda/story/types";
import type { DocumentSummary } from "../../fhir/document-list";
import { documentContentQueryOptions, type LoadedDocument } from "../../fhir/queries";
import type { SmartSession } from "../../fhir/smart-session";
import { describeError } from "../../lib/describe-error";
import { runPool } from "./run-pool";

/** At most this many document requests at a time: enough to hide latency, few enough not to flood the server. */
export const STORY_CONCURRENCY = 4;
const PUBLISH_MS = 500;

export interface StoryFailure {
  readonly key: string;
  readonly title: string;
  readonly message: string;
}

export interface StoryLoad {
  readonly status: "idle" | "loading" | "done" | "cancelled";
  readonly total: number;
  readonly finished: number;
  /** Stories by document key (only C-CDA documents that parsed). */
  readonly stories: ReadonlyMap<string, DocumentStory>;
  readonly failures: readonly StoryFailure[];
  /** Documents that turned out not to be C-CDA (PDF, HTML, unreadable XML). */
  readonly notCcda: number;
}

const IDLE: StoryLoad = {
  status: "idle",
  total: 0,
  finished: 0,
  stories: new Map(),
  failures: [],
  notCcda: 0,
};

// Parsed once per loaded content object: reopening the story, or gathering again, does not parse again.
const parsed = new WeakMap<LoadedDocument, DocumentStory | null>();

/** Documents worth reading for the story: current versions whose content is not labelled PDF/HTML/text/image. */
export function storyCandidates(documents: readonly DocumentSummary[]): DocumentSummary[] {
  return documents.filter((d) => !d.superseded && d.formatLabel === undefined);
}

const yieldToBrowser = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

async function storyOf(
  client: QueryClient,
  session: SmartSession,
  summary: DocumentSummary,
): Promise<DocumentStory | null> {
  const loaded = await client.query(documentContentQueryOptions(session, summary.key, summary.resource));
  const cached = parsed.get(loaded);
  if (cached !== undefined) return cached;
  // Parsing is synchronous: give the browser a frame between documents so the progress bar moves.
  await yieldToBrowser();
  const started = performance.now();
  const story =
    loaded.content.kind === "ccda"
      ? (storyOfText(loaded.content.text, { key: summary.key, title: summary.title }) ?? null)
      : null;
  // Read by the bench (and DevTools): how long reading one document took on the main thread.
  performance.measure("story:document", { start: started });
  parsed.set(loaded, story);
  return story;
}

/** Calls `run` at most once per `ms` while `schedule` is called; `flush` runs it now (and cancels the timer). */
function throttle(run: () => void, ms: number) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    schedule: () => {
      timer ??= setTimeout(() => {
        timer = undefined;
        run();
      }, ms);
    },
    flush: () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      run();
    },
  };
}

/** Gathers the stories of the given documents on request, 4 requests at a time; cancellable. */
export function useStoryLoader(session: SmartSession) {
  const client = useQueryClient();
  const [load, setLoad] = useState<StoryLoad>(IDLE);
  const controller = useRef<AbortController | undefined>(undefined);
  const generation = useRef(0);
  const inFlight = useRef(new Set<DocumentSummary>());

  const cancel = useCallback(() => {
    controller.current?.abort();
    for (const s of inFlight.current) {
      void client.cancelQueries({
        queryKey: documentContentQueryOptions(session, s.key, s.resource).queryKey,
        exact: true,
      });
    }
    setLoad((prev) => (prev.status === "loading" ? { ...prev, status: "cancelled" } : prev));
  }, [client, session]);

  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(
    (documents: readonly DocumentSummary[]) => {
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      const run = (generation.current += 1);
      const stories = new Map<string, DocumentStory>();
      setLoad({ ...IDLE, status: "loading", total: documents.length, stories });
      // Only the latest run may update the state (a cancelled one still publishes what it had read).
      const update = (change: (prev: StoryLoad) => StoryLoad) => {
        if (generation.current === run) setLoad(change);
      };
      // The progress bar moves with every document; the merged summary (costly to rebuild and render) is
      // refreshed at most every PUBLISH_MS while documents arrive, and once at the end.
      const publish = throttle(() => {
        update((prev) => ({ ...prev, stories: new Map(stories) }));
      }, PUBLISH_MS);
      const worker = async (summary: DocumentSummary) => {
        inFlight.current.add(summary);
        try {
          const story = await storyOf(client, session, summary);
          if (story !== null) stories.set(summary.key, story);
          const notCcda = story === null ? 1 : 0;
          update((prev) => ({ ...prev, finished: prev.finished + 1, notCcda: prev.notCcda + notCcda }));
          publish.schedule();
        } finally {
          inFlight.current.delete(summary);
        }
      };
      const onError = (summary: DocumentSummary, error: unknown) => {
        // Requests the user cancelled are not failures.
        if (abort.signal.aborted) return;
        const failure = { key: summary.key, title: summary.title, message: describeError(error).title };
        update((prev) => ({ ...prev, finished: prev.finished + 1, failures: [...prev.failures, failure] }));
      };
      void runPool(documents, STORY_CONCURRENCY, worker, abort.signal, onError).then(() => {
        publish.flush();
        update((prev) => (prev.status === "loading" ? { ...prev, status: "done" } : prev));
      });
    },
    [client, session],
  );

  return { load, start, cancel };
}
