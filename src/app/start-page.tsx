import { useState } from "react";
import { AppHeader } from "../components/app-header";
import { ErrorPanel } from "../components/error-panel";
import { getAppConfig, type FhirServerConfig } from "../config/app-config";
import { handOverFiles } from "../features/document-list/handed-over-files";
import { LocalFilePicker } from "../features/document-list/local-file-picker";
import { navigate } from "../features/document-list/location";
import { useWindowFileDrop } from "../features/document-list/use-window-file-drop";
import { startStandaloneLaunch } from "../launch/authorize";

/** Files chosen or dropped here open on /local, in this page (no reload: File objects do not survive one). */
function openLocally(files: readonly File[]) {
  handOverFiles(files);
  navigate("/local");
}

/** Standalone launch: pick a configured FHIR server, or open a local file. */
export function StartPage() {
  const config = getAppConfig();
  const [error, setError] = useState<unknown>(undefined);
  const [pending, setPending] = useState<string | undefined>(undefined);
  const dragging = useWindowFileDrop(openLocally);
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
        <h2>Sign in to an EHR</h2>
        <ul className="server-list" aria-label="FHIR servers">
          {/* Provider-persona servers (EHR launch only) are not offered for a standalone sign-in. */}
          {config.servers
            .filter((server) => server.standalone)
            .map((server) => (
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
        <section className="start-page__local" aria-labelledby="start-local-heading">
          <h2 id="start-local-heading">Open files from this computer</h2>
          <p>
            Open one or more C-CDA XML files, or drop them anywhere on this page. They stay on this computer:
            nothing is uploaded, and no sign-in is needed.
          </p>
          <LocalFilePicker onFiles={openLocally} />{" "}
          <a className="start-page__local-link" href="/local">
            Open a local file
          </a>
        </section>
        {dragging ? (
          <div className="drop-overlay" aria-hidden="true">
            Drop to open
          </div>
        ) : null}
      </main>
    </>
  );
}
