import { Suspense, useState } from "react";
import type { DocumentSummary } from "../../fhir/document-list";
import type { SmartSession } from "../../fhir/smart-session";
import { ErrorBoundary } from "../../components/error-boundary";
import { ErrorPanel } from "../../components/error-panel";
import { DocumentList } from "./document-list";
import { DocumentPane } from "./document-pane";
import { Loading } from "../../components/loading";
import { PatientBanner } from "./patient-banner";

/** The signed-in screen: patient banner, the list on the left, the opened document on the right. */
export function DocumentsScreen({ session }: { session: SmartSession }) {
  const [selected, setSelected] = useState<DocumentSummary | undefined>(undefined);
  return (
    <>
      {session.needPatientBanner ? <PatientBanner session={session} /> : null}
      <div className="two-pane">
        <nav className="two-pane__list" aria-label="Document list">
          <ErrorBoundary fallback={(error) => <ErrorPanel error={error} />}>
            <DocumentList session={session} selectedKey={selected?.key} onSelect={setSelected} />
          </ErrorBoundary>
        </nav>
        <div className="two-pane__document">
          <ErrorBoundary resetKey={selected?.key} fallback={(error) => <ErrorPanel error={error} />}>
            <Suspense fallback={<Loading label="Loading the viewer…" />}>
              <DocumentPane key={selected?.key ?? "none"} session={session} summary={selected} />
            </Suspense>
          </ErrorBoundary>
        </div>
      </div>
    </>
  );
}
