import { lazy, Suspense, useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { ErrorBoundary } from "../../components/error-boundary";
import { ErrorPanel } from "../../components/error-panel";
import { Loading } from "../../components/loading";
import type { DocumentSummary } from "../../fhir/document-list";
import type { SmartSession } from "../../fhir/smart-session";
import { requestFind } from "../document-view/pending-find";
import { focusOpenedDocument } from "./open-at-section";
import { TabList } from "./tab-list";

// The story reads documents with the C-CDA parser: it loads as its own chunk, only when first shown.
const PatientStoryScreen = lazy(() =>
  import("./patient-story-screen").then((m) => ({ default: m.PatientStoryScreen })),
);

type View = "documents" | "story";
const TABS = [
  { key: "documents", label: "Documents" },
  { key: "story", label: "Patient story" },
] as const;

interface PatientStoryTabsProps {
  readonly session: SmartSession;
  /** The screen's own way to open a document (whatever it does: URL, selection state …). */
  readonly onOpenDocument: (summary: DocumentSummary) => void;
  /** The documents view. */
  readonly children: ReactNode;
}

/**
 * "Documents" | "Patient story" tabs around the documents view. The story stays mounted once opened, so
 * what it gathered survives switching back and forth; opening a document from it switches to the documents.
 */
export function PatientStoryTabs({ session, onOpenDocument, children }: PatientStoryTabsProps) {
  const [view, setView] = useState<View>("documents");
  const [storyShown, setStoryShown] = useState(false);
  const documentsRef = useRef<HTMLDivElement>(null);
  const stopScroll = useRef<(() => void) | undefined>(undefined);
  useEffect(() => () => stopScroll.current?.(), []);

  const select = (next: View) => {
    setView(next);
    if (next === "story") setStoryShown(true);
  };
  const open = useCallback(
    (summary: DocumentSummary, sectionKey?: string, find?: string) => {
      setView("documents");
      stopScroll.current?.();
      stopScroll.current = undefined;
      if (find !== undefined) {
        // The document's find bar takes focus and scrolls to the first match itself.
        onOpenDocument(summary);
        requestFind(summary.key, find);
        return;
      }
      onOpenDocument(summary);
      stopScroll.current = focusOpenedDocument(() => documentsRef.current, sectionKey);
    },
    [onOpenDocument],
  );
  return (
    <>
      <TabList tabs={TABS} selected={view} onSelect={select} label="View" idBase="story-view" />
      <div
        role="tabpanel"
        id="story-view-panel-documents"
        aria-labelledby="story-view-tab-documents"
        hidden={view !== "documents"}
        ref={documentsRef}
      >
        {children}
      </div>
      <div
        role="tabpanel"
        id="story-view-panel-story"
        aria-labelledby="story-view-tab-story"
        hidden={view !== "story"}
        className="story-panel"
      >
        {storyShown ? (
          <ErrorBoundary fallback={(error) => <ErrorPanel error={error} />}>
            <Suspense fallback={<Loading label="Loading the patient story…" />}>
              <PatientStoryScreen session={session} onOpen={open} />
            </Suspense>
          </ErrorBoundary>
        ) : null}
      </div>
    </>
  );
}
