import { useQuery } from "@tanstack/react-query";
import { AppHeader } from "../components/app-header";
import { LaunchAgainScreen } from "../components/launch-again-screen";
import { Loading } from "../components/loading";
import { getAppConfig } from "../config/app-config";
import { fhirKeys } from "../fhir/query-keys";
import { startEhrLaunch } from "../launch/authorize";

/** `/launch?iss=…&launch=…`: check the iss, then hand over to the EHR's sign-in (a full-page redirect). */
export function LaunchPage() {
  const search = window.location.search;
  const launch = useQuery({
    queryKey: fhirKeys.ehrLaunch(search),
    queryFn: async () => {
      await startEhrLaunch(search, getAppConfig());
      return null;
    },
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
  });
  if (launch.isError) return <LaunchAgainScreen error={launch.error} />;
  return (
    <>
      <AppHeader />
      <main className="centered-screen">
        <Loading label="Connecting to your EHR…" />
      </main>
    </>
  );
}
