import { FhirHttpError, FhirNetworkError } from "./fhir-http-error";

const MAX_RETRY_AFTER_SECONDS = 5;

/**
 * react-query retry: 4xx never (they will not change by asking again) except 429; 5xx and 429 twice;
 * network failures once. Other errors (parse, policy, launch) never.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof FhirHttpError) {
    if (error.status === 429)
      return failureCount < 2 && (error.retryAfterSeconds ?? 0) <= MAX_RETRY_AFTER_SECONDS;
    return error.status >= 500 && failureCount < 2;
  }
  if (error instanceof FhirNetworkError) return failureCount < 1;
  return false;
}

/** Honour Retry-After (capped), else back off 0.5 s, 1 s, 2 s … up to 4 s. */
export function retryDelay(failureCount: number, error: unknown): number {
  if (error instanceof FhirHttpError && error.retryAfterSeconds !== undefined) {
    return Math.min(error.retryAfterSeconds, MAX_RETRY_AFTER_SECONDS) * 1000;
  }
  return Math.min(500 * 2 ** failureCount, 4000);
}
