import { ErrorPanel } from "../../components/error-panel";
import { Loading } from "../../components/loading";
import type { DocumentSummary } from "../../fhir/document-list";
import type { SmartSession } from "../../fhir/smart-session";
import { DocumentRow } from "./document-row";
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

export function DocumentList({ session, selectedKey, onSelect }: DocumentListProps) {
  const query = useDocumentList(session);
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
  const documents = data.documents;
  return (
    <div className="document-list">
      <p className="document-list__progress" role="status">
        {progressText(documents.length, data.total, done)}
      </p>
      {done && documents.length === 0 ? (
        <p className="document-list__empty">No documents for this patient</p>
      ) : null}
      <ul className="document-list__items" aria-label="Documents">
        {documents.map((summary) => (
          <DocumentRow
            key={summary.key}
            summary={summary}
            selected={summary.key === selectedKey}
            onSelect={onSelect}
          />
        ))}
      </ul>
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
