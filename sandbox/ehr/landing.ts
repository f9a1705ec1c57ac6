import type { ServerResponse } from "node:http";
import type { SandboxContext } from "../context";
import { markup, sendHtml } from "../html";
import { FAULT_NAMES } from "../launch-options";

/** GET /: what this sandbox is and where everything lives. */
export function sendLandingPage(ctx: SandboxContext, res: ServerResponse): void {
  const patientBase = ctx.personaBases.patient;
  const split = patientBase !== ctx.fhirBase;
  const rows = [
    ["EHR simulator (EHR launch)", `${ctx.origin}/ehr`],
    [split ? "Provider FHIR base (iss / aud)" : "FHIR base (iss / aud)", ctx.fhirBase],
    ...(split ? [["Patient FHIR base (standalone)", patientBase]] : []),
    ["SMART configuration", `${ctx.fhirBase}/.well-known/smart-configuration`],
    ["CapabilityStatement", `${ctx.fhirBase}/metadata`],
    ["Authorize endpoint", `${ctx.origin}${ctx.profile.personas.provider.authorizePath}`],
    ["Token endpoint", `${ctx.origin}${ctx.profile.tokenPath}`],
    ["id_token keys (JWKS)", `${ctx.origin}/auth/jwks`],
  ].map(
    ([label = "", href = ""]) =>
      markup`<tr>
        <th scope="row">${label}</th>
        <td><a href="${href}">${href}</a></td>
      </tr>`,
  );
  sendHtml(
    res,
    200,
    "C-CDA Viewer sandbox",
    markup`<h1>C-CDA Viewer sandbox</h1>
      <p>Profile: <strong>${ctx.profile.label}</strong> (<code>${ctx.profile.name}</code>)</p>
      <p>
        A SMART App Launch 2.x authorization server and FHIR R4 server with synthetic patients and C-CDA
        documents. Start from the <a href="/ehr">EHR simulator</a>, or open the app at
        <a href="${ctx.appOrigin}/">${ctx.appOrigin}/</a> for a standalone launch.
      </p>
      <table>
        <tbody>
          ${rows}
        </tbody>
      </table>
      <h2>Registered client</h2>
      <p>
        <code>client_id=${ctx.profile.clients.map((c) => c.clientId).join(" / ")}</code> (public, PKCE S256
        ${ctx.profile.pkce}), redirect URI exactly
        <code>${ctx.appOrigin}/viewer</code>, launch URL <code>${ctx.appOrigin}/launch</code>.
      </p>
      <h2>Fault injection</h2>
      <p>
        Add options to <code>/ehr/launch?patient=&lt;id&gt;</code>: <code>token_lifetime=&lt;s&gt;</code>,
        <code>deny_scope=patient/Binary.read</code>, <code>need_patient_banner=false</code>,
        <code>encounter=&lt;id&gt;</code>, and <code>fault=</code> one of: ${FAULT_NAMES.join(", ")}.
      </p>`,
  );
}
