import { getAppConfig, serverForIss } from "../config/app-config";
import type { MissingScope, ScopeReport } from "../launch/granted-scopes";

const PURPOSE: Record<MissingScope["resource"], string> = {
  DocumentReference: "needed to list the patient's documents",
  Binary: "needed to open a document's content",
};

function Fix({ missing, clientId }: { missing: MissingScope; clientId: string }) {
  if (!missing.requested) {
    return (
      <>
        The app's configuration does not ask for it: add <code>{missing.scope}</code> to this server's{" "}
        <code>scope</code> in <code>config.json</code>.
      </>
    );
  }
  return (
    <>
      The app asked for it and the EHR did not grant it. In the EHR's registration of client{" "}
      <code>{clientId}</code> (Oracle Health code Console: the application's scopes; Epic on FHIR: the app's
      incoming APIs) allow <code>{missing.scope}</code>, then launch again. If the sign-in page let you
      choose, launch again and allow access to documents.
    </>
  );
}

/**
 * Shown right after sign-in, before any request can fail: which scope the server did not grant, what it is
 * for and what the administrator must change.
 */
export function ScopeProblemsPanel({ report, fhirBase }: { report: ScopeReport; fhirBase: string }) {
  const config = getAppConfig();
  const server = serverForIss(config, fhirBase);
  const clientId = server?.clientId ?? config.clientId;
  const listBlocked = report.missing.some((missing) => missing.resource === "DocumentReference");
  return (
    <section className="error-panel" role="alert" aria-labelledby="scope-problems-title">
      <h2 id="scope-problems-title" className="error-panel__title">
        {listBlocked ? "The EHR did not grant access to documents" : "Documents can be listed but not opened"}
      </h2>
      <ul className="error-panel__detail">
        {report.missing.map((missing) => (
          <li key={missing.scope}>
            <strong>
              <code>{missing.scope}</code>
            </strong>{" "}
            is missing ({PURPOSE[missing.resource]}). <Fix missing={missing} clientId={clientId} />
          </li>
        ))}
      </ul>
      {report.v1DroppedByV2Server ? (
        <p className="error-panel__detail">
          The EHR granted none of the SMART v1 (<code>.read</code>) scopes the app asked for: it registered
          the app for SMART v2. Set <code>"scopeSyntax": "v2"</code> for {server?.name ?? fhirBase} in{" "}
          <code>config.json</code> (or build with <code>VITE_SCOPE_SYNTAX=v2</code>).
        </p>
      ) : null}
    </section>
  );
}
