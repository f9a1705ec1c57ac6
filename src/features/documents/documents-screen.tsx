import { Suspense, useCallback, useEffect, useRef } from "react";
import type { DocumentSummary } from "../../fhir/document-list";
import type { SmartSession } from "../../fhir/smart-session";
import { ErrorBoundary } from "../../components/error-boundary";
import { ErrorPanel } from "../../components/error-panel";
import { focusHeadingWhenShown } from "../document-list/focus-heading";
import { cameFromApp } from "../document-list/location";
import { MissingDocument } from "../document-list/missing-document";
import { useDocParam } from "../document-list/use-doc-param";
import { useNarrowScreen } from "../document-list/use-narrow-screen";
import { CURRENT_SUMMARY_KEY } from "../../fhir/current-summary";
import { CurrentSummaryButton } from "./current-summary-button";
import { CurrentSummaryPane } from "./current-summary-pane";
import { DocumentList } from "./document-list";
import { DocumentPane } from "./document-pane";
import { loadContentView } from "./load-content-view";
import { Loading } from "../../components/loading";
import { PatientBanner } from "./patient-banner";
import { PatientStoryTabs } from "../patient-story/patient-story-tabs";
import { useDocumentSummaries } from "./use-document-list";

/**
 * The signed-in screen: patient banner, the list and the open document. The open document is the URL's
 * `?doc=` (reload and back/forward work). Wide screens show both panes and open the newest document as soon
 * as the first page of the list lands; narrow screens show the list, then the document with a back button.
 */
export function DocumentsScreen({
  session,
  autoOpen = true,
}: {
  session: SmartSession;
  /** False when opening cannot work (Binary read not granted): the list shows, nothing opens by itself. */
  autoOpen?: boolean;
}) {
  const [docId, setDocId] = useDocParam();
  const narrow = useNarrowScreen();
  const list = useDocumentSummaries(session);
  const documents = list.data?.documents;
  const selected = docId === undefined ? undefined : documents?.find((summary) => summary.key === docId);
  const newest = documents?.find((summary) => !summary.superseded) ?? documents?.[0];
  const documentRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLElement>(null);
  const focusRequested = useRef(false);
  const lastDocId = useRef<string | undefined>(undefined);

  useEffect(() => {
    // Fetch the viewers chunk while the list loads, so opening the first document waits only for its Binary.
    void loadContentView();
  }, []);

  useEffect(() => {
    // Replace, not push: the automatic choice must not add a history entry the back button has to undo.
    if (autoOpen && !narrow && docId === undefined && newest !== undefined)
      setDocId(newest.key, { replace: true });
  }, [autoOpen, narrow, docId, newest, setDocId]);

  useEffect(() => {
    if (!focusRequested.current || docId === undefined || documentRef.current === null) return undefined;
    focusRequested.current = false;
    return focusHeadingWhenShown(documentRef.current);
  }, [docId]);

  useEffect(() => {
    // Back from a document on a phone: focus returns to the row the user had opened.
    const previous = lastDocId.current;
    lastDocId.current = docId;
    if (!narrow || docId !== undefined || previous === undefined) return;
    listRef.current?.querySelector<HTMLElement>(`button[data-key="${CSS.escape(previous)}"]`)?.focus();
  }, [narrow, docId]);

  const onSelect = useCallback(
    (summary: DocumentSummary) => {
      // On a phone the list gives way to the document: move focus to its heading, as a page change would.
      focusRequested.current = narrow;
      setDocId(summary.key);
    },
    [narrow, setDocId],
  );
  const backToList = () => {
    if (cameFromApp()) window.history.back();
    else setDocId(undefined);
  };

  const showDocument = docId !== undefined;
  const listDone = list.isError || (!list.isPending && !list.hasNextPage);
  return (
    <>
      <h1 className="visually-hidden">Patient documents</h1>
      {session.needPatientBanner ? <PatientBanner session={session} /> : null}
      <PatientStoryTabs session={session} onOpenDocument={onSelect}>
        <div className={`two-pane${showDocument ? " two-pane--document-open" : " two-pane--list-open"}`}>
          <nav
            className="two-pane__list"
            aria-label="Document list"
            ref={listRef}
            hidden={narrow && showDocument}
          >
            <ErrorBoundary fallback={(error) => <ErrorPanel error={error} />}>
              <CurrentSummaryButton session={session} onOpen={setDocId} openKey={docId} />
              <DocumentList session={session} selectedKey={docId} onSelect={onSelect} />
            </ErrorBoundary>
          </nav>
          <div className="two-pane__document" ref={documentRef} hidden={narrow && !showDocument}>
            {narrow && showDocument ? (
              <button type="button" className="button two-pane__back" onClick={backToList}>
                <span aria-hidden="true">←</span> All documents
              </button>
            ) : null}
            <ErrorBoundary resetKey={docId} fallback={(error) => <ErrorPanel error={error} />}>
              <Suspense fallback={<Loading label="Loading the viewer…" />}>
                {docId === CURRENT_SUMMARY_KEY ? (
                  <CurrentSummaryPane session={session} />
                ) : docId !== undefined && selected === undefined ? (
                  <MissingDocument listDone={listDone} onShowList={backToList} />
                ) : (
                  <DocumentPane key={selected?.key ?? "none"} session={session} summary={selected} />
                )}
              </Suspense>
            </ErrorBoundary>
          </div>
        </div>
      </PatientStoryTabs>
    </>
  );
}
