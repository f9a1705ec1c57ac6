import { ConfigError } from "../config/app-config";
import { Base64Error } from "../fhir/decode";
import { MissingContentError } from "../fhir/document-content";
import { UnexpectedResponseError } from "../fhir/document-search";
import { FhirHttpError, FhirNetworkError, UnsafeUrlError, outcomeText } from "../fhir/fhir-http-error";
import { LaunchError } from "../launch/launch-error";
import { parseHttpUrl } from "./http-url";

export type ErrorAction = "retry" | "relaunch" | "none";

/** What the user reads when something fails: a short title, a sentence, and what they can do about it. */
export interface ErrorDescription {
  readonly title: string;
  readonly detail: string;
  readonly action: ErrorAction;
  /** A page the server named for this error (OAuth `error_uri`; Oracle Health sends it without a description). */
  readonly moreInfoUrl?: string;
}

/** The OAuth error_uri when it is a plain http(s) URL; it arrives in the redirect's query, so it is not trusted. */
function safeInfoUrl(value: string | undefined): string | undefined {
  return value === undefined ? undefined : parseHttpUrl(value)?.href;
}

function describeLaunchError(error: LaunchError): ErrorDescription {
  switch (error.kind) {
    case "untrusted-iss":
      return {
        title: "This EHR is not trusted",
        detail: `${error.message} Ask your administrator to add it.`,
        action: "none",
      };
    case "needs-launch":
      return { title: "Launch the app from your EHR", detail: error.message, action: "relaunch" };
    case "oauth-error": {
      const code = error.oauthError === undefined ? "" : ` (${error.oauthError})`;
      const moreInfoUrl = safeInfoUrl(error.oauthErrorUri);
      return {
        title: "Sign-in was not completed",
        detail: `${error.oauthDescription ?? error.message}${code}`,
        action: "relaunch",
        ...(moreInfoUrl === undefined ? {} : { moreInfoUrl }),
      };
    }
    case "discovery-failed":
      return {
        title: "Could not reach the EHR's sign-in service",
        detail: error.message,
        action: "relaunch",
      };
    case "unknown":
      return { title: "The app could not start", detail: error.message, action: "relaunch" };
  }
}

function describeHttpError(error: FhirHttpError): ErrorDescription {
  const serverText = outcomeText(error.outcome);
  if (error.status === 401) {
    return {
      title: "Your session ended",
      detail: "Launch the app again from your EHR to continue.",
      action: "relaunch",
    };
  }
  if (error.status === 403) {
    const reason = serverText ?? "the app lacks a permission (scope) for this data.";
    return { title: "Access not granted", detail: `The EHR did not grant access: ${reason}`, action: "none" };
  }
  if (error.status === 404 || error.status === 410) {
    return {
      title: "Not found",
      detail: serverText ?? "The EHR could not find this item. It may have been removed.",
      action: "none",
    };
  }
  if (error.status === 429) {
    return {
      title: "The EHR is busy",
      detail: "The EHR is busy right now. Please try again in a moment.",
      action: "retry",
    };
  }
  if (error.status >= 500) {
    return {
      title: "The EHR is unavailable",
      detail: "The EHR is unavailable right now. Please try again.",
      action: "retry",
    };
  }
  return { title: "The EHR refused the request", detail: serverText ?? error.message, action: "none" };
}

/** The browser knows whether it is offline; anything else is a connection that broke on the way. */
function describeNetworkError(): ErrorDescription {
  if (typeof navigator !== "undefined" && !navigator.onLine) {
    return {
      title: "You appear to be offline",
      detail: "The EHR could not be reached. Loading continues when the connection returns.",
      action: "retry",
    };
  }
  return {
    title: "The connection to the EHR was interrupted",
    detail: "The EHR could not be reached, or its answer broke off. Try again.",
    action: "retry",
  };
}

export function describeError(error: unknown): ErrorDescription {
  if (error instanceof LaunchError) return describeLaunchError(error);
  if (error instanceof FhirHttpError) return describeHttpError(error);
  if (error instanceof FhirNetworkError) return describeNetworkError();
  // fhirclient parses JSON itself: a body cut off or mangled on the way arrives as a SyntaxError.
  if (error instanceof SyntaxError) {
    return {
      title: "The EHR's answer was damaged",
      detail: "The answer arrived incomplete or garbled, so it could not be read. Try again.",
      action: "retry",
    };
  }
  if (error instanceof UnsafeUrlError)
    return { title: "Document not fetched", detail: error.message, action: "none" };
  if (error instanceof MissingContentError || error instanceof Base64Error) {
    return { title: "This document cannot be shown", detail: error.message, action: "none" };
  }
  if (error instanceof UnexpectedResponseError)
    return { title: "Unexpected answer from the EHR", detail: error.message, action: "retry" };
  if (error instanceof ConfigError)
    return { title: "The app is not configured correctly", detail: error.message, action: "none" };
  const detail = error instanceof Error ? error.message : String(error);
  return {
    title: "Something went wrong",
    detail: detail === "" ? "An unexpected error occurred." : detail,
    action: "retry",
  };
}
