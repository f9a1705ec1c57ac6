import { useQuery } from "@tanstack/react-query";
import { ErrorPanel } from "../../components/error-panel";
import { Loading } from "../../components/loading";
import { CURRENT_SUMMARY_KEY, currentSummaryQueryOptions } from "../../fhir/current-summary";
import { summarizeDocument } from "../../fhir/document-list";
import type { SmartSession } from "../../fhir/smart-session";
import { DocumentPane } from "./document-pane";

/** The $docref result, fetched when opened (also after a reload of `?doc=current-summary`), in the usual pane. */
export function CurrentSummaryPane({ session }: { session: SmartSession }) {
  const summary = useQuery(currentSummaryQueryOptions(session));
  if (summary.isError) {
    return (
      <article className="document-pane" aria-label="Current summary" aria-busy={false}>
        <ErrorPanel
          error={summary.error}
          onRetry={() => {
            void summary.refetch();
          }}
        />
      </article>
    );
  }
  if (summary.data === undefined) {
    return (
      <article className="document-pane" aria-label="Current summary" aria-busy={true}>
        <Loading label="Asking the EHR for the current summary…" />
      </article>
    );
  }
  // Keyed by when it was generated: each opening shows what the EHR produced then, not a cached copy.
  const key = `${CURRENT_SUMMARY_KEY}-${String(summary.dataUpdatedAt)}`;
  const document = summarizeDocument(summary.data, key);
  return (
    <DocumentPane
      key={key}
      session={session}
      summary={{ ...document, key, title: `Current summary: ${document.title}` }}
    />
  );
}
