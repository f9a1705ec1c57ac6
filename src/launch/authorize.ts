import FHIR from "fhirclient";
import { serverForIss, type AppConfig, type FhirServerConfig } from "../config/app-config";
import { applyHostSettings, isEmbeddedHost, PER_WINDOW_STATE_PREFIX } from "./host-settings";
import { isIssAllowed } from "./iss-allow-list";
import { LaunchError, toLaunchError } from "./launch-error";
import { buildScope } from "./scopes";

/** The redirect URI registered at the EHR: always absolute, always /viewer on this origin. */
export function redirectUri(origin: string): string {
  return new URL("/viewer", origin).href;
}

interface AuthorizeOptions {
  clientId: string;
  scope: string;
  iss: string;
  redirectUri: string;
  perWindow: boolean;
  launch?: string;
}

async function authorize(options: AuthorizeOptions): Promise<void> {
  applyHostSettings(options.perWindow);
  try {
    await FHIR.oauth2.authorize({
      clientId: options.clientId,
      scope: options.scope,
      redirectUri: options.redirectUri,
      // S256 PKCE always, also where discovery does not advertise it (Soarian's smart-configuration omits it;
      // servers verify a challenge they receive). fhirclient names this mode "unsafeV1".
      pkceMode: "unsafeV1",
      // The prefix tells the redirect page to keep this session per window (see host-settings.ts).
      stateKey: `${options.perWindow ? PER_WINDOW_STATE_PREFIX : ""}${crypto.randomUUID()}`,
      completeInTarget: true,
      iss: options.iss,
      ...(options.launch === undefined ? {} : { launch: options.launch }),
    });
  } catch (error) {
    throw toLaunchError(error, "");
  }
}

function perWindowFor(server: FhirServerConfig | undefined): boolean {
  return server?.perWindowSession === true || isEmbeddedHost(window);
}

let ehrLaunch: Promise<void> | undefined;

/**
 * EHR launch from `/launch?iss=…&launch=…`. The iss is checked before anything leaves the page. Memoized so
 * React StrictMode's double effects redirect once. An iss trusted by the allow-list but not configured as a
 * server gets the app-wide client id and scopes.
 */
export function startEhrLaunch(search: string, config: AppConfig): Promise<void> {
  ehrLaunch ??= (async () => {
    const params = new URLSearchParams(search);
    const iss = params.get("iss");
    const launch = params.get("launch");
    if (iss === null || launch === null || iss === "" || launch === "") {
      throw new LaunchError("needs-launch", "The launch link is missing its iss or launch parameter.");
    }
    if (!isIssAllowed(iss, config.issAllowList)) {
      throw new LaunchError("untrusted-iss", `This app is not set up to work with ${iss}.`);
    }
    const server = serverForIss(config, iss);
    await authorize({
      clientId: server?.clientId ?? config.clientId,
      scope: buildScope("ehr", server?.scope ?? config.scope),
      redirectUri: server?.redirectUri ?? redirectUri(window.location.origin),
      perWindow: perWindowFor(server),
      iss,
      launch,
    });
  })();
  return ehrLaunch;
}

/** Standalone launch of a configured server (the start page's buttons). */
export function startStandaloneLaunch(server: FhirServerConfig): Promise<void> {
  return authorize({
    clientId: server.clientId,
    scope: buildScope("standalone", server.scope),
    redirectUri: server.redirectUri ?? redirectUri(window.location.origin),
    perWindow: perWindowFor(server),
    iss: server.fhirBase,
  });
}

/** For tests: forget the memoized EHR launch. */
export function resetEhrLaunchForTests(): void {
  ehrLaunch = undefined;
}
