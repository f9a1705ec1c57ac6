import type { ServerResponse } from "node:http";
import type { SandboxContext } from "../context";
import { markup, sendHtml } from "../html";
import { ERROR_URN_PREFIX } from "../auth/error-uri";

/** What each error URN slug means, in the words an administrator needs. */
const EXPLANATIONS: Readonly<Record<string, string>> = {
  "client-persona-mismatch":
    "The client is registered for another persona. Provider apps use the provider (fhir-ehr) base and authorize endpoint; patient apps use the patient (fhir-myrecord) base.",
  "unknown-client": "The client_id is not registered with this tenant.",
  "invalid-request":
    "The request is missing a required parameter or has an invalid one (aud, state, scope, PKCE).",
  "access-denied": "The user or the server denied the authorization.",
  "code-invalid-or-expired": "The authorization code is invalid, expired or was already used.",
  "refresh-throttled":
    "Refresh attempts at intervals lower than one minute are throttled. Refresh less often.",
  "invalid-grant": "The grant (code or refresh token) is invalid.",
};

/** GET /errors/<urn>/instances/<id>: the page an Oracle-style `error_uri` points at. */
export function sendErrorUriPage(ctx: SandboxContext, res: ServerResponse, url: URL): void {
  const urn = decodeURIComponent(url.pathname.split("/")[2] ?? "");
  const slug = urn.startsWith(ERROR_URN_PREFIX) ? (urn.split(":").pop() ?? "") : "";
  const explanation = EXPLANATIONS[slug] ?? "An authorization error occurred.";
  const details = [...url.searchParams].map(([key, value]) => markup`<li><code>${key}</code>: ${value}</li>`);
  const clients = ctx.profile.clients.map(
    (c) => markup`<li><code>${c.clientId}</code>: ${c.personas.join(" and ")} persona</li>`,
  );
  sendHtml(
    res,
    slug === "" ? 404 : 200,
    "Authorization error",
    markup`<h1>Authorization error</h1>
<p><code>${urn}</code></p>
<p>${explanation}</p>
<ul>${details}</ul>
<h2>Registered clients</h2>
<ul>${clients}</ul>`,
  );
}
