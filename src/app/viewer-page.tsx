import { useQuery } from "@tanstack/react-query";
import { useSyncExternalStore } from "react";
import { AppHeader } from "../components/app-header";
import { LaunchAgainScreen } from "../components/launch-again-screen";
import { Loading } from "../components/loading";
import { SessionEndedNotice } from "../components/session-ended-notice";
import { OfflineNotice } from "../components/offline-notice";
import { fhirKeys } from "../fhir/query-keys";
import { getSmartSession } from "../launch/smart-ready";
import { isSessionEnded, subscribeSessionStatus } from "../lib/session-status";
import { useSmartStyle } from "./use-smart-style";
import { GrantedDocumentsScreen } from "./granted-documents-screen";

/** `/viewer`: the redirect URI. Completes the SMART launch once per page load, then shows the documents. */
export function ViewerPage() {
  const session = useQuery({
    queryKey: fhirKeys.smartSession(),
    queryFn: getSmartSession,
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
  });
  const ended = useSyncExternalStore(subscribeSessionStatus, isSessionEnded);
  useSmartStyle(session.data);
  if (session.isError) return <LaunchAgainScreen error={session.error} />;
  return (
    <>
      <AppHeader />
      {ended ? <SessionEndedNotice /> : null}
      <OfflineNotice />
      <main className="viewer">
        {session.data === undefined ? (
          <Loading label="Signing in…" />
        ) : (
          <GrantedDocumentsScreen session={session.data} />
        )}
      </main>
    </>
  );
}
