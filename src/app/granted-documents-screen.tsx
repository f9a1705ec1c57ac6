import type { SmartSession } from "../fhir/smart-session";
import { DocumentsScreen } from "../features/documents/documents-screen";
import { scopeReportOf } from "../launch/client-session";
import { ScopeProblemsPanel } from "./scope-problems-panel";

/**
 * The documents screen, guarded by the granted scopes: without DocumentReference only the explanation is shown
 * (every request would fail); without Binary the list still loads under the explanation.
 */
export function GrantedDocumentsScreen({ session }: { session: SmartSession }) {
  const report = scopeReportOf(session);
  if (report === undefined || report.missing.length === 0) return <DocumentsScreen session={session} />;
  const panel = <ScopeProblemsPanel report={report} fhirBase={session.fhirBase} />;
  if (report.missing.some((missing) => missing.resource === "DocumentReference")) return panel;
  return (
    <>
      {panel}
      <DocumentsScreen session={session} autoOpen={false} />
    </>
  );
}
