import { describe, expect, it } from "vitest";
import {
  FhirHttpError,
  outcomeFromMessage,
  outcomeText,
  toFhirHttpError,
} from "../../../src/fhir/fhir-http-error";

/** fhirclient 2.6.3's HttpError after parse(): status fields, and the body only inside the message. */
function httpError(status: number, message: string, headers: Record<string, string> = {}) {
  return Object.assign(new Error(message), {
    name: "HttpError",
    status,
    statusCode: status,
    response: { headers: new Headers(headers) },
  });
}

const outcome = {
  resourceType: "OperationOutcome",
  issue: [{ severity: "error", code: "forbidden", diagnostics: "Scope patient/Binary.read was not granted" }],
};

describe("toFhirHttpError", () => {
  it("parses the OperationOutcome after the first blank line", () => {
    const message = `403 Forbidden\nURL: https://x/fhir/Binary/1\n\n${JSON.stringify(outcome, null, 4)}`;
    const error = toFhirHttpError(httpError(403, message));
    expect(error).toBeInstanceOf(FhirHttpError);
    expect(error?.status).toBe(403);
    expect(error?.message).toBe("403 Forbidden");
    expect(outcomeText(error?.outcome)).toBe("Scope patient/Binary.read was not granted");
  });

  it("reads the OAuth error code and Retry-After", () => {
    const oauth = toFhirHttpError(httpError(401, "401 Unauthorized\nURL: https://x\ninvalid_token: expired"));
    expect(oauth?.oauthError).toBe("invalid_token");
    expect(oauth?.outcome).toBeUndefined();
    expect(
      toFhirHttpError(httpError(429, "429 Too Many Requests\nURL: x", { "Retry-After": "2" }))
        ?.retryAfterSeconds,
    ).toBe(2);
    expect(
      toFhirHttpError(httpError(503, "503\nURL: x", { "Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT" }))
        ?.retryAfterSeconds,
    ).toBeUndefined();
  });

  it("leaves other errors alone", () => {
    expect(toFhirHttpError(new TypeError("Failed to fetch"))).toBeUndefined();
    expect(toFhirHttpError({ name: "HttpError" })).toBeUndefined();
  });

  it("ignores text bodies that are not OperationOutcomes", () => {
    expect(outcomeFromMessage("500\nURL: x\n\n<html>Oops</html>")).toBeUndefined();
    expect(outcomeFromMessage('500\nURL: x\n\n{"resourceType":"Patient"}')).toBeUndefined();
  });
});

describe("outcomeText", () => {
  it("joins details.text, diagnostics and coding display of all issues", () => {
    expect(
      outcomeText({
        resourceType: "OperationOutcome",
        issue: [
          { severity: "error", code: "forbidden", details: { text: "No access." } },
          {
            severity: "error",
            code: "forbidden",
            details: { coding: [{ display: "Needs patient/Binary.read" }] },
          },
        ],
      }),
    ).toBe("No access. Needs patient/Binary.read");
    expect(outcomeText(undefined)).toBeUndefined();
  });
});
