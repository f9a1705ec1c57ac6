/**
 * What the rest of the app knows about a SMART session. launch/ implements it over fhirclient; features and
 * fhir/ only see this interface, so tests can replace it with a fake.
 */

export type FhirBody =
  | { readonly kind: "json"; readonly json: unknown; readonly contentType: string }
  | { readonly kind: "text"; readonly text: string; readonly contentType: string }
  | { readonly kind: "bytes"; readonly bytes: Uint8Array; readonly contentType: string };

export interface FhirRequestOptions {
  /** The Accept header (fhirclient defaults to application/json, which Cerner's Binary rejects). */
  readonly accept?: string;
  readonly signal?: AbortSignal;
}

export interface SmartSession {
  /** The FHIR base URL without a trailing slash. */
  readonly fhirBase: string;
  readonly patientId: string;
  readonly encounterId: string | undefined;
  /** The launch context's need_patient_banner; true when the EHR did not say. */
  readonly needPatientBanner: boolean;
  /** The signed-in user as a reference ("Practitioner/123"), when the server said. */
  readonly fhirUser: string | undefined;
  /** The launch context's smart_style_url (SMART "context-style"), unchecked; the app decides whether to use it. */
  readonly smartStyleUrl?: string | undefined;
  /** The authorization server's token endpoint, so a style URL can be checked against its origin. */
  readonly authServerUrl?: string | undefined;
  /**
   * GET a URL relative to fhirBase (or an absolute one the caller already checked is under it). Rejects with
   * FhirHttpError for HTTP errors and FhirNetworkError when the server could not be reached.
   */
  request(url: string, options?: FhirRequestOptions): Promise<FhirBody>;
}

/** GET a FHIR resource as application/fhir+json (fhirclient's default application/json is refused by some). */
export function requestFhirJson(session: SmartSession, url: string, signal?: AbortSignal): Promise<FhirBody> {
  return session.request(url, {
    accept: "application/fhir+json",
    ...(signal === undefined ? {} : { signal }),
  });
}
