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
  /** OAuth `error_uri` (Oracle Health sends it instead of a description): a page explaining the error. */
  readonly oauthErrorUri: string | undefined;

  constructor(
    kind: LaunchErrorKind,
    message: string,
    details: { oauthError?: string; oauthDescription?: string; oauthErrorUri?: string; cause?: unknown } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.kind = kind;
    this.oauthError = details.oauthError;
    this.oauthDescription = details.oauthDescription;
    this.oauthErrorUri = details.oauthErrorUri;
  }
}

/** Oracle Health's error_uri names the reason: `…/errors/urn:cerner:error:…:<reason>/instances/<id>?…`. */
function reasonInUri(uri: string | undefined): string | undefined {
  if (uri === undefined) return undefined;
  let decoded = uri;
  try {
    decoded = decodeURIComponent(decodeURIComponent(uri));
  } catch {
    // Keep the raw text: a reason is still findable in it.
  }
  return /urn:cerner:error:[\w:-]*?:([\w-]+)\/instances/.exec(decoded)?.[1];
}

/** Words for the errors a user of this app actually meets, when the server sent no description. */
function explainOauthError(code: string, uri: string | undefined): string {
  const reason = reasonInUri(uri);
  if (reason === "client-persona-mismatch") {
    const persona = /[?&]persona=(\w+)/.exec(decodeURIComponent(uri ?? ""))?.[1];
    return (
      `This app is registered for a different persona than the ${persona ?? "chosen"} sign-in it was sent to. ` +
      "Patients must sign in through the patient-access base URL with the patient app's client id, clinicians " +
      "through the provider base URL; the administrator must pair each server entry with its own registration."
    );
  }
  const known: Record<string, string> = {
    access_denied: "The sign-in was cancelled or refused.",
    unauthorized_client:
      "The EHR does not allow this app to sign in this way; its registration must be checked.",
    invalid_scope: "The EHR refused the permissions (scopes) the app asked for.",
    invalid_grant: "The sign-in expired or was already used; launch the app again.",
  };
  const base = known[code] ?? `The EHR refused the sign-in (${code}).`;
  return reason === undefined ? base : `${base} Reason given: ${reason.replace(/-/g, " ")}.`;
}

function redirectError(oauthError: string, params: URLSearchParams, cause: unknown): LaunchError {
  const description = params.get("error_description") ?? undefined;
  const uri = params.get("error_uri") ?? undefined;
  return new LaunchError("oauth-error", description ?? explainOauthError(oauthError, uri), {
    oauthError,
    ...(description === undefined ? {} : { oauthDescription: description }),
    ...(uri === undefined ? {} : { oauthErrorUri: uri }),
    cause,
  });
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
  if (oauthError !== null) return redirectError(oauthError, params, error);
  const message = messageOf(error);
  if (/No 'state' parameter found|No state found/i.test(message)) {
    return new LaunchError("needs-launch", "No sign-in is in progress in this tab.", { cause: error });
  }
  if (/conformance statement|well-known|PKCE|authorizeUri|smart-configuration/i.test(message)) {
    return new LaunchError("discovery-failed", message, { cause: error });
  }
  // fhirclient appends the token endpoint's "error: description" (or just "error") to the message.
  const tokenError = /\n([a-z_]+)(?:: (.*))?$/s.exec(message);
  if (tokenError?.[1] !== undefined) {
    return new LaunchError("oauth-error", tokenError[2] ?? explainOauthError(tokenError[1], undefined), {
      oauthError: tokenError[1],
      ...(tokenError[2] === undefined ? {} : { oauthDescription: tokenError[2] }),
      cause: error,
    });
  }
  return new LaunchError("unknown", message, { cause: error });
}
