import FHIR from "fhirclient";
import type { AppConfig, FhirServerConfig } from "../config/app-config";
import { applyHostSettings } from "./host-settings";
import { isIssAllowed } from "./iss-allow-list";
import { LaunchError, toLaunchError } from "./launch-error";
import { buildScope } from "./scopes";

/** The redirect URI registered at the EHR: always absolute, always /viewer on this origin. */
export function redirectUri(origin: string): string {
  return new URL("/viewer", origin).href;
}

function serverFor(iss: string, config: AppConfig): FhirServerConfig | undefined {
  const base = iss.replace(/\/+$/, "");
  return config.servers.find((server) => server.fhirBase === base);
}

async function authorize(options: {
  clientId: string;
  scope: string;
  iss: string;
  launch?: string;
}): Promise<void> {
  applyHostSettings();
  try {
    await FHIR.oauth2.authorize({
      clientId: options.clientId,
      scope: options.scope,
      redirectUri: redirectUri(window.location.origin),
      pkceMode: "required",
      stateKey: crypto.randomUUID(),
      completeInTarget: true,
      iss: options.iss,
      ...(options.launch === undefined ? {} : { launch: options.launch }),
    });
  } catch (error) {
    throw toLaunchError(error, "");
  }
}

let ehrLaunch: Promise<void> | undefined;

/**
 * EHR launch from `/launch?iss=…&launch=…`. The iss is checked before anything leaves the page. Memoized so
 * React StrictMode's double effects redirect once.
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
    const server = serverFor(iss, config);
    await authorize({
      clientId: server?.clientId ?? config.clientId,
      scope: buildScope("ehr", server?.scope ?? config.scope),
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
    iss: server.fhirBase,
  });
}

/** For tests: forget the memoized EHR launch. */
export function resetEhrLaunchForTests(): void {
  ehrLaunch = undefined;
}
