import type Client from "fhirclient/lib/Client";
import { FhirHttpError, FhirNetworkError, toFhirHttpError } from "../fhir/fhir-http-error";
import type { FhirBody, FhirRequestOptions, SmartSession } from "../fhir/smart-session";
import { LaunchError } from "./launch-error";

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
 * Renews the access token before a request when it is about to expire. Called without a signal on purpose:
 * fhirclient shares one refresh among concurrent requests and gives it the first caller's signal, so one
 * cancelled query (React Query cancels on unmount) would otherwise fail every request waiting on it.
 */
async function renewIfNeeded(client: Client): Promise<void> {
  try {
    await client.refreshIfNeeded();
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

function readBoolean(value: unknown): boolean | undefined {
  if (typeof value === "boolean") return value;
  if (value === "true") return true;
  if (value === "false") return false;
  return undefined;
}

/** Wraps a ready fhirclient Client; the only object in the app that holds the access token. */
export function createClientSession(client: Client): SmartSession {
  const patientId = client.patient.id;
  if (patientId === null || patientId === "") {
    throw new LaunchError("needs-launch", "The EHR did not select a patient for this session.");
  }
  const tokenResponse = client.state.tokenResponse;
  const fhirUser = client.user.fhirUser;
  return {
    fhirBase: client.state.serverUrl.replace(/\/+$/, ""),
    patientId,
    encounterId: client.encounter.id ?? undefined,
    needPatientBanner: readBoolean(tokenResponse?.need_patient_banner) ?? true,
    fhirUser: fhirUser ?? undefined,
    async request(url: string, options: FhirRequestOptions = {}): Promise<FhirBody> {
      await renewIfNeeded(client);
      try {
        const result: unknown = await client.request({
          url,
          includeResponse: true,
          ...(options.accept === undefined ? {} : { headers: { accept: options.accept } }),
          ...(options.signal === undefined ? {} : { signal: options.signal }),
        });
        return await toBody(result);
      } catch (error) {
        throw toRequestError(error);
      }
    },
  };
}
