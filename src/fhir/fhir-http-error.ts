import type { OperationOutcome } from "fhir/r4";
import { isResourceOfType } from "./resource-guard";

/** An HTTP error from the FHIR server, with the OperationOutcome it sent when there was one. */
export class FhirHttpError extends Error {
  override readonly name = "FhirHttpError";
  readonly status: number;
  readonly outcome: OperationOutcome | undefined;
  /** OAuth-style `error` code (e.g. invalid_token) when the body was an OAuth error. */
  readonly oauthError: string | undefined;
  /** Seconds from a Retry-After header, when present and numeric. */
  readonly retryAfterSeconds: number | undefined;

  constructor(
    status: number,
    message: string,
    details: {
      outcome?: OperationOutcome;
      oauthError?: string;
      retryAfterSeconds?: number;
      cause?: unknown;
    } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.status = status;
    this.outcome = details.outcome;
    this.oauthError = details.oauthError;
    this.retryAfterSeconds = details.retryAfterSeconds;
  }
}

/** The server could not be reached at all (offline, DNS, CORS refusal). */
export class FhirNetworkError extends Error {
  override readonly name = "FhirNetworkError";
}

/** A request we refused to make, e.g. an attachment on a server that must not receive our token. */
export class UnsafeUrlError extends Error {
  override readonly name = "UnsafeUrlError";
  readonly host: string;
  constructor(host: string) {
    super(
      `This document is stored on another server (${host}); it was not fetched so your sign-in is not sent there.`,
    );
    this.host = host;
  }
}

interface HttpErrorLike {
  name: string;
  status: number;
  message: string;
  response?: { headers?: { get(name: string): string | null } };
}

function isHttpErrorLike(error: unknown): error is HttpErrorLike {
  if (typeof error !== "object" || error === null) return false;
  const record = error as Record<string, unknown>;
  return (
    record["name"] === "HttpError" &&
    typeof record["status"] === "number" &&
    typeof record["message"] === "string"
  );
}

/** fhirclient 2.6.3 has no body property: the parsed JSON body is appended to the message after "\n\n". */
export function outcomeFromMessage(message: string): OperationOutcome | undefined {
  const start = message.indexOf("\n\n");
  if (start < 0) return undefined;
  try {
    const parsed: unknown = JSON.parse(message.slice(start + 2));
    return isResourceOfType(parsed, "OperationOutcome") ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function retryAfterFrom(error: HttpErrorLike): number | undefined {
  const header = error.response?.headers?.get("retry-after") ?? null;
  if (header === null || !/^\s*\d+\s*$/.test(header)) return undefined;
  return Number(header);
}

/** Converts fhirclient's HttpError (duck-typed: fhir/ does not import fhirclient) into FhirHttpError. */
export function toFhirHttpError(error: unknown): FhirHttpError | undefined {
  if (error instanceof FhirHttpError) return error;
  if (!isHttpErrorLike(error)) return undefined;
  const outcome = outcomeFromMessage(error.message);
  const oauth =
    outcome === undefined ? /\n([a-z_]+)(?::|$)/m.exec(error.message.split("\n\n")[0] ?? "") : null;
  const retryAfterSeconds = retryAfterFrom(error);
  const firstLine = error.message.split("\n")[0] ?? `HTTP ${error.status}`;
  return new FhirHttpError(error.status, firstLine, {
    ...(outcome === undefined ? {} : { outcome }),
    ...(oauth?.[1] === undefined ? {} : { oauthError: oauth[1] }),
    ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
    cause: error,
  });
}

/** The human text of an OperationOutcome: each issue's details.text, else diagnostics, joined. */
export function outcomeText(outcome: OperationOutcome | undefined): string | undefined {
  const texts = (outcome?.issue ?? [])
    .map((issue) => issue.details?.text ?? issue.diagnostics ?? issue.details?.coding?.[0]?.display)
    .filter((text): text is string => text !== undefined && text.trim() !== "");
  return texts.length === 0 ? undefined : texts.join(" ");
}
