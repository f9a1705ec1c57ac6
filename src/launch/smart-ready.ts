import FHIR from "fhirclient";
import { getAppConfig, serverForIss } from "../config/app-config";
import { DEFAULT_MIN_REFRESH_INTERVAL_SECONDS } from "../config/server-config";
import type { SmartSession } from "../fhir/smart-session";
import { createClientSession } from "./client-session";
import { applyHostSettings, isEmbeddedHost, isPerWindowState } from "./host-settings";
import { LaunchError, toLaunchError } from "./launch-error";

let session: Promise<SmartSession> | undefined;

async function completeLaunch(): Promise<SmartSession> {
  // Read before ready(): fhirclient removes code/state from the address bar (replaceBrowserHistory).
  const search = window.location.search;
  // A per-window session keeps its state key in the URL: the reload of this page finds it there again.
  applyHostSettings(isPerWindowState(search) || isEmbeddedHost(window));
  let client;
  try {
    client = await FHIR.oauth2.ready();
  } catch (error) {
    throw toLaunchError(error, search);
  }
  // A server without SMART endpoints makes fhirclient skip auth entirely ("open server"): refuse it.
  if (client.state.tokenResponse?.access_token === undefined) {
    throw new LaunchError("discovery-failed", "The server did not provide SMART sign-in endpoints.");
  }
  const server = serverForIss(getAppConfig(), client.state.serverUrl);
  return createClientSession(client, {
    minRefreshIntervalSeconds: server?.minRefreshIntervalSeconds ?? DEFAULT_MIN_REFRESH_INTERVAL_SECONDS,
  });
}

/**
 * The SMART session of this page load. fhirclient's ready() exchanges the one-time code, so it must run
 * exactly once (pitfall P1): a second exchange of the same code fails and may revoke the first token.
 */
export function getSmartSession(): Promise<SmartSession> {
  session ??= completeLaunch();
  return session;
}

/** For tests: forget the memoized session. */
export function resetSmartSessionForTests(): void {
  session = undefined;
}
