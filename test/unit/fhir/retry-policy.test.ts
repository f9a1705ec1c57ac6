import { describe, expect, it } from "vitest";
import { FhirHttpError, FhirNetworkError, UnsafeUrlError } from "../../../src/fhir/fhir-http-error";
import { retryDelay, shouldRetry } from "../../../src/fhir/retry-policy";

const http = (status: number, retryAfterSeconds?: number) =>
  new FhirHttpError(status, `${status}`, retryAfterSeconds === undefined ? {} : { retryAfterSeconds });

/** How many retries react-query would make: it asks with failureCount 0, 1, 2 … until told no. */
function retries(error: unknown): number {
  let count = 0;
  while (shouldRetry(count, error) && count < 10) count += 1;
  return count;
}

describe("shouldRetry", () => {
  it.each([400, 401, 403, 404, 410])("never retries %i", (status) => {
    expect(retries(http(status))).toBe(0);
  });

  it.each([500, 502, 503, 504])("retries %i twice", (status) => {
    expect(retries(http(status))).toBe(2);
  });

  it("retries 429 when Retry-After is short, not when it is long", () => {
    expect(retries(http(429, 1))).toBe(2);
    expect(retries(http(429))).toBe(2);
    expect(retries(http(429, 120))).toBe(0);
  });

  it("retries network failures once and nothing else", () => {
    expect(retries(new FhirNetworkError("offline"))).toBe(1);
    expect(retries(new UnsafeUrlError("x"))).toBe(0);
    expect(retries(new Error("parse"))).toBe(0);
  });
});

describe("retryDelay", () => {
  it("honours Retry-After, capped", () => {
    expect(retryDelay(0, http(429, 1))).toBe(1000);
    expect(retryDelay(0, http(429, 4))).toBe(4000);
    expect(retryDelay(0, http(503, 60))).toBe(5000);
  });

  it("backs off exponentially up to 4 s otherwise", () => {
    expect([0, 1, 2, 3, 4].map((count) => retryDelay(count, http(500)))).toEqual([
      500, 1000, 2000, 4000, 4000,
    ]);
  });
});
