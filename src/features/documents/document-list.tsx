import { useCallback, useDeferredValue, useEffect, useMemo, useRef } from "react";
import { ErrorPanel } from "../../components/error-panel";
import { Loading } from "../../components/loading";
import type { DocumentSummary } from "../../fhir/document-list";
import type { SmartSession } from "../../fhir/smart-session";
import { DocumentRows } from "../document-list/document-rows";
import { useNextPreviousShortcuts } from "../document-list/list-keyboard";
import { ListSummary } from "../document-list/list-summary";
import { ListToolbar } from "../document-list/list-toolbar";
import { buildListView, listFacets } from "../document-list/list-view";
import { useListQuery } from "../document-list/use-list-query";
import { useDocumentList } from "./use-document-list";

interface DocumentListProps {
  session: SmartSession;
  selectedKey: string | undefined;
  onSelect: (summary: DocumentSummary) => void;
}

function progressText(loaded: number, total: number | undefined, done: boolean): string {
  if (done) return `${loaded} ${loaded === 1 ? "document" : "documents"}`;
  return total === undefined ? `Loaded ${loaded} documents…` : `Loaded ${loaded} of ${total}`;
}

const NO_DOCUMENTS: readonly DocumentSummary[] = [];

/** The patient's documents with search, filters, sort and groups; streams while pages arrive. */
export function DocumentList({ session, selectedKey, onSelect }: DocumentListProps) {
  const query = useDocumentList(session);
  const [listQuery, setListQuery] = useListQuery(`${session.fhirBase}|${session.patientId}`);
  const documents = query.data?.documents ?? NO_DOCUMENTS;
  // Typing in the search box stays immediate; the list catches up in a background render.
  const shownQuery = useDeferredValue(listQuery);
  const view = useMemo(() => buildListView(documents, shownQuery), [documents, shownQuery]);
  const facets = useMemo(() => listFacets(documents), [documents]);
  const listRef = useRef<HTMLDivElement>(null);
  useNextPreviousShortcuts(view.ordered, selectedKey, onSelect, listRef);

  // Rows get one stable callback (they are memoized); it looks the key up in the latest documents.
  const latest = useRef({ documents, onSelect });
  useEffect(() => {
    latest.current = { documents, onSelect };
  });
  const selectKey = useCallback((key: string) => {
    const summary = latest.current.documents.find((candidate) => candidate.key === key);
    if (summary !== undefined) latest.current.onSelect(summary);
  }, []);

  const { data, error, isPending, hasNextPage, isFetchNextPageError } = query;
  if (isPending) return <Loading label="Loading documents…" />;
  if (data === undefined) {
    return (
      <ErrorPanel
        error={error}
        onRetry={() => {
          void query.refetch();
        }}
      />
    );
  }
  const done = !hasNextPage;
  return (
    <div className="document-list" ref={listRef}>
      <h2 className="document-list__heading">Documents</h2>
      <ListToolbar query={listQuery} facets={facets} onChange={setListQuery} />
      <p className="document-list__progress" role="status">
        {progressText(documents.length, data.total, done)}
      </p>
      {done && documents.length === 0 ? (
        <p className="document-list__empty">No documents for this patient</p>
      ) : (
        <ListSummary
          query={shownQuery}
          shown={view.ordered.length}
          loaded={documents.length}
          hiddenSuperseded={view.hiddenSuperseded}
          onChange={setListQuery}
        />
      )}
      <DocumentRows view={view} selectedKey={selectedKey} onSelect={selectKey} />
      {isFetchNextPageError ? (
        <ErrorPanel
          error={error}
          onRetry={() => {
            void query.fetchNextPage();
          }}
        />
      ) : null}
    </div>
  );
}
