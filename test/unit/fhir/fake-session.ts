/**
 * A SmartSession over plain fetch, for tests: msw answers the requests. It mirrors what launch/'s fhirclient
 * adapter does (FhirHttpError with the OperationOutcome, json/text/bytes bodies) without OAuth.
 */
import type { OperationOutcome } from "fhir/r4";
import { FhirHttpError } from "../../../src/fhir/fhir-http-error";
import type { FhirBody, FhirRequestOptions, SmartSession } from "../../../src/fhir/smart-session";

export const TEST_FHIR_BASE = "https://ehr.example.test/fhir/r4";

export interface FakeSession extends SmartSession {
  /** Every URL requested, absolute, in order. */
  readonly requested: string[];
}

async function toBody(response: Response): Promise<FhirBody> {
  const contentType = response.headers.get("content-type") ?? "";
  if (/\bjson\b/i.test(contentType)) return { kind: "json", json: await response.json(), contentType };
  if (/^text\//i.test(contentType)) return { kind: "text", text: await response.text(), contentType };
  return { kind: "bytes", bytes: new Uint8Array(await response.arrayBuffer()), contentType };
}

async function toError(response: Response): Promise<FhirHttpError> {
  let outcome: OperationOutcome | undefined;
  try {
    const json = (await response.json()) as { resourceType?: string };
    if (json.resourceType === "OperationOutcome") outcome = json as OperationOutcome;
  } catch {
    outcome = undefined;
  }
  const retryAfter = response.headers.get("retry-after");
  return new FhirHttpError(response.status, `${response.status} ${response.statusText}`, {
    ...(outcome === undefined ? {} : { outcome }),
    ...(retryAfter === null ? {} : { retryAfterSeconds: Number(retryAfter) }),
  });
}

export function createFakeSession(overrides: Partial<SmartSession> = {}): FakeSession {
  const requested: string[] = [];
  const fhirBase = overrides.fhirBase ?? TEST_FHIR_BASE;
  return {
    fhirBase,
    patientId: "p-1",
    encounterId: undefined,
    needPatientBanner: true,
    fhirUser: "Practitioner/dr-1",
    requested,
    async request(url: string, options: FhirRequestOptions = {}): Promise<FhirBody> {
      const absolute = /^https?:/.test(url) ? url : `${fhirBase}/${url}`;
      requested.push(absolute);
      const response = await fetch(absolute, {
        headers: { accept: options.accept ?? "application/json", authorization: "Bearer test-token" },
        ...(options.signal === undefined ? {} : { signal: options.signal }),
      });
      if (!response.ok) throw await toError(response);
      return toBody(response);
    },
    ...overrides,
  };
}
