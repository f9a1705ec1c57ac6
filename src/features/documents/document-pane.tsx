import { useQuery } from "@tanstack/react-query";
import { ErrorBoundary } from "../../components/error-boundary";
import { ErrorPanel } from "../../components/error-panel";
import { Loading } from "../../components/loading";
import type { DocumentSummary } from "../../fhir/document-list";
import { documentContentQueryOptions } from "../../fhir/queries";
import type { SmartSession } from "../../fhir/smart-session";
import { formatFhirDate } from "../../lib/format-date";
import { useContentView } from "./load-content-view";
import { DocumentKeyContext } from "../document-view/pending-find";
import { RenditionNotice } from "./rendition-notice";

interface DocumentPaneProps {
  session: SmartSession;
  summary: DocumentSummary | undefined;
}

/** The opened document. Its Binary is fetched only once a row is opened (dependent query). */
export function DocumentPane({ session, summary }: DocumentPaneProps) {
  const { ContentView } = useContentView();
  const query = useQuery(documentContentQueryOptions(session, summary?.key ?? "", summary?.resource));
  if (summary === undefined) {
    return (
      <div className="document-pane document-pane--empty">
        <p>Select a document to view it.</p>
      </div>
    );
  }
  const retry = () => {
    void query.refetch();
  };
  return (
    <article className="document-pane" aria-label={summary.title} aria-busy={query.isPending}>
      <header className="document-pane__header">
        <h2 className="document-pane__title">{summary.title}</h2>
        {summary.date === undefined ? null : (
          <time className="document-pane__date" dateTime={summary.date}>
            {formatFhirDate(summary.date)}
          </time>
        )}
      </header>
      {query.isPending ? <Loading label="Loading document…" /> : null}
      {query.isError ? <ErrorPanel error={query.error} onRetry={retry} /> : null}
      {query.data === undefined ? null : <RenditionNotice loaded={query.data} />}
      {query.data === undefined ? null : (
        <ErrorBoundary resetKey={summary.key} fallback={(error) => <ErrorPanel error={error} />}>
          <DocumentKeyContext value={summary.key}>
            <ContentView content={query.data.content} title={summary.title} />
          </DocumentKeyContext>
        </ErrorBoundary>
      )}
    </article>
  );
}
