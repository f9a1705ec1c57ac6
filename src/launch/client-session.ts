import type Client from "fhirclient/lib/Client";
import { FhirHttpError, FhirNetworkError, toFhirHttpError } from "../fhir/fhir-http-error";
import type { FhirBody, FhirRequestOptions, SmartSession } from "../fhir/smart-session";
import { checkGrantedScopes, type ScopeReport } from "./granted-scopes";
import { LaunchError } from "./launch-error";
import { createRefreshGate, type Clock, type RefreshGate } from "./refresh-gate";

interface CombinedResult {
  body?: unknown;
  response: Response;
}

function isCombinedResult(value: unknown): value is CombinedResult {
  return typeof value === "object" && value !== null && "response" in value;
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === "AbortError";
}

/** fhirclient parses json and text/* itself and hands back the unread Response for anything else. */
async function toBody(result: unknown): Promise<FhirBody> {
  if (!isCombinedResult(result)) return { kind: "json", json: result, contentType: "" };
  const contentType = result.response.headers.get("content-type") ?? "";
  if (typeof result.body === "string" && !/\bjson\b/i.test(contentType)) {
    return { kind: "text", text: result.body, contentType };
  }
  if (result.body !== undefined) return { kind: "json", json: result.body, contentType };
  const bytes = new Uint8Array(await result.response.arrayBuffer());
  return { kind: "bytes", bytes, contentType };
}

/** fetch rejects with TypeError (browser) or FetchError (node-fetch) when the server is unreachable. */
function isNetworkError(error: unknown): error is Error {
  return error instanceof Error && (error instanceof TypeError || error.name === "FetchError");
}

function toRequestError(error: unknown): unknown {
  if (isAbort(error)) return error;
  const httpError = toFhirHttpError(error);
  if (httpError !== undefined) return httpError;
  if (isNetworkError(error)) return new FhirNetworkError(error.message, { cause: error });
  return error;
}

/**
 * Renews the access token before a request when it is about to expire, through the gate (never faster than the
 * server allows). Called without a signal on purpose: one refresh is shared among concurrent requests, so one
 * cancelled query (React Query cancels on unmount) must not fail every request waiting on it.
 */
async function renewIfNeeded(gate: RefreshGate): Promise<void> {
  try {
    await gate.ensureFresh();
  } catch (error) {
    if (isNetworkError(error)) throw new FhirNetworkError(error.message, { cause: error });
    // A refused refresh (e.g. invalid_grant) ends the session just like a 401: fhirclient dropped the
    // refresh token and the access token is expired.
    const oauthError = toFhirHttpError(error)?.oauthError;
    throw new FhirHttpError(401, "The session could not be renewed.", {
      ...(oauthError === undefined ? {} : { oauthError }),
      cause: error,
    });
  }
}

const scopeReports = new WeakMap<SmartSession, ScopeReport>();

/** What the server granted compared with what the viewer needs (see granted-scopes.ts). */
export function scopeReportOf(session: SmartSession): ScopeReport | undefined {
  return scopeReports.get(session);
}

export interface ClientSessionOptions {
  /** Oracle Health throttles refreshes within a minute; 0 lets fhirclient's timing stand. */
  readonly minRefreshIntervalSeconds?: number;
  readonly clock?: Clock;
}

function readBoolean(value: unknown): boolean | undefined {
  if (typeof value === "boolean") return value;
  if (value === "true") return true;
  if (value === "false") return false;
  return undefined;
}

/** Wraps a ready fhirclient Client; the only object in the app that holds the access token. */
export function createClientSession(client: Client, settings: ClientSessionOptions = {}): SmartSession {
  const patientId = client.patient.id;
  if (patientId === null || patientId === "") {
    throw new LaunchError("needs-launch", "The EHR did not select a patient for this session.");
  }
  const tokenResponse = client.state.tokenResponse;
  const fhirUser = client.user.fhirUser;
  const gate = createRefreshGate(client, settings.minRefreshIntervalSeconds ?? 0, settings.clock);
  const session: SmartSession = {
    fhirBase: client.state.serverUrl.replace(/\/+$/, ""),
    patientId,
    encounterId: client.encounter.id ?? undefined,
    needPatientBanner: readBoolean(tokenResponse?.need_patient_banner) ?? true,
    fhirUser: fhirUser ?? undefined,
    smartStyleUrl:
      typeof tokenResponse?.smart_style_url === "string" ? tokenResponse.smart_style_url : undefined,
    authServerUrl: client.state.tokenUri,
    async request(url: string, options: FhirRequestOptions = {}): Promise<FhirBody> {
      await renewIfNeeded(gate);
      try {
        const result: unknown = await client.request(
          {
            url,
            includeResponse: true,
            ...(options.accept === undefined ? {} : { headers: { accept: options.accept } }),
            ...(options.signal === undefined ? {} : { signal: options.signal }),
          },
          // The gate above refreshes; fhirclient's own pre-emptive refresh would ignore the server's throttle.
          { useRefreshToken: false },
        );
        return await toBody(result);
      } catch (error) {
        throw toRequestError(error);
      }
    },
  };
  const requested = typeof client.state.scope === "string" ? client.state.scope : "";
  const granted = typeof tokenResponse?.scope === "string" ? tokenResponse.scope : undefined;
  scopeReports.set(session, checkGrantedScopes(requested, granted));
  return session;
}
