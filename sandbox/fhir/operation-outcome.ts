import type { ServerResponse } from "node:http";
import type { OperationOutcome, OperationOutcomeIssue } from "fhir/r4";
import { sendFhirJson, type Headers } from "../http/respond";

export type IssueCode = OperationOutcomeIssue["code"];

export function operationOutcome(status: number, code: IssueCode, diagnostics: string): OperationOutcome {
  return {
    resourceType: "OperationOutcome",
    issue: [
      {
        severity: status >= 500 ? "fatal" : "error",
        code,
        details: { text: diagnostics },
        diagnostics,
      },
    ],
  };
}

/** A FHIR error: always an OperationOutcome with application/fhir+json, never a stack trace. */
export class FhirError extends Error {
  override readonly name = "FhirError";
  constructor(
    readonly status: number,
    readonly code: IssueCode,
    readonly diagnostics: string,
    readonly headers: Headers = {},
  ) {
    super(diagnostics);
  }
}

export function sendOutcome(res: ServerResponse, error: FhirError, headers: Headers = {}): void {
  sendFhirJson(res, error.status, operationOutcome(error.status, error.code, error.diagnostics), {
    ...headers,
    ...error.headers,
  });
}
