import { useState } from "react";
import { AppHeader } from "../components/app-header";
import { ErrorPanel } from "../components/error-panel";
import { getAppConfig, type FhirServerConfig } from "../config/app-config";
import { startStandaloneLaunch } from "../launch/authorize";

/** Standalone launch: pick a configured FHIR server, or open a local file. */
export function StartPage() {
  const config = getAppConfig();
  const [error, setError] = useState<unknown>(undefined);
  const [pending, setPending] = useState<string | undefined>(undefined);
  const launch = (server: FhirServerConfig) => {
    setError(undefined);
    setPending(server.fhirBase);
    startStandaloneLaunch(server).catch((launchError: unknown) => {
      setPending(undefined);
      setError(launchError);
    });
  };
  return (
    <>
      <AppHeader />
      <main className="start-page">
        <h1>View clinical documents</h1>
        <p>Sign in to an EHR to see a patient's documents, or open a C-CDA file from this computer.</p>
        <ul className="server-list" aria-label="FHIR servers">
          {config.servers.map((server) => (
            <li key={server.fhirBase} className="server-list__item">
              <span className="server-list__name">{server.name}</span>
              <span className="server-list__url">{server.fhirBase}</span>
              <button
                type="button"
                className="button button--primary"
                disabled={pending !== undefined}
                onClick={() => {
                  launch(server);
                }}
              >
                {pending === server.fhirBase ? "Connecting…" : `Sign in to ${server.name}`}
              </button>
            </li>
          ))}
        </ul>
        {error === undefined ? null : <ErrorPanel error={error} />}
        <p>
          <a href="/local">Open a local file</a>
        </p>
      </main>
    </>
  );
}
