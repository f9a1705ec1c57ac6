/** Why the app could not start a SMART session; `kind` decides the screen the user sees. */
export type LaunchErrorKind =
  "untrusted-iss" | "needs-launch" | "oauth-error" | "discovery-failed" | "unknown";

export class LaunchError extends Error {
  override readonly name = "LaunchError";
  readonly kind: LaunchErrorKind;
  /** OAuth `error` code from the authorization server, when it sent one. */
  readonly oauthError: string | undefined;
  /** OAuth `error_description`, when the server sent one. */
  readonly oauthDescription: string | undefined;

  constructor(
    kind: LaunchErrorKind,
    message: string,
    details: { oauthError?: string; oauthDescription?: string; cause?: unknown } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.kind = kind;
    this.oauthError = details.oauthError;
    this.oauthDescription = details.oauthDescription;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Classifies a failure of fhirclient's authorize()/ready(). fhirclient throws plain Errors, so the message
 * text is all we have; `search` is the redirect URL's query, which carries OAuth errors.
 */
export function toLaunchError(error: unknown, search: string): LaunchError {
  if (error instanceof LaunchError) return error;
  const params = new URLSearchParams(search);
  const oauthError = params.get("error");
  if (oauthError !== null) {
    const description = params.get("error_description") ?? undefined;
    return new LaunchError("oauth-error", description ?? oauthError, {
      oauthError,
      ...(description === undefined ? {} : { oauthDescription: description }),
      cause: error,
    });
  }
  const message = messageOf(error);
  if (/No 'state' parameter found|No state found/i.test(message)) {
    return new LaunchError("needs-launch", "No sign-in is in progress in this tab.", { cause: error });
  }
  if (/conformance statement|well-known|PKCE|authorizeUri|smart-configuration/i.test(message)) {
    return new LaunchError("discovery-failed", message, { cause: error });
  }
  const tokenError = /\n([a-z_]+): (.*)$/s.exec(message);
  if (tokenError?.[1] !== undefined) {
    return new LaunchError("oauth-error", tokenError[2] ?? tokenError[1], {
      oauthError: tokenError[1],
      ...(tokenError[2] === undefined ? {} : { oauthDescription: tokenError[2] }),
      cause: error,
    });
  }
  return new LaunchError("unknown", message, { cause: error });
}
