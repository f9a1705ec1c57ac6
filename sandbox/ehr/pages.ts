import type { ServerResponse } from "node:http";
import type { SandboxContext } from "../context";
import { belongsTo } from "../fhir/document-reference-search";
import { markup, sendHtml, trusted, type Html } from "../html";
import {
  DEFAULT_LAUNCH_OPTIONS,
  FAULT_NAMES,
  parseLaunchOptions,
  serializeLaunchOptions,
  type LaunchOptions,
} from "../launch-options";
import { patientMrn, patientName } from "../patient-display";

const DENY_BINARY = "patient/Binary.read";

function patientRows(ctx: SandboxContext, options: LaunchOptions): Html[] {
  const query = serializeLaunchOptions(options);
  return ctx.dataset.patients.map((patient) => {
    const id = patient.id ?? "";
    const name = patientName(patient);
    const docs = ctx.dataset.documentReferences.filter((d) => belongsTo(d, id)).length;
    const href = `/ehr/launch?patient=${encodeURIComponent(id)}${query === "" ? "" : `&${query}`}`;
    return markup`
<tr><td>${name}</td><td>${patient.birthDate ?? ""}</td><td>${patient.gender ?? ""}</td><td>${patientMrn(patient)}</td>
<td>${docs}</td><td><a class="button" href="${href}">Launch ${name}</a></td></tr>`;
  });
}

function optionsForm(options: LaunchOptions): Html {
  const selected = options.faults[0] ?? "";
  const faultOptions = ["", ...FAULT_NAMES].map(
    (f) =>
      markup`<option value="${f}"${trusted(f === selected ? " selected" : "")}>${f === "" ? "none" : f}</option>`,
  );
  return markup`<form method="get" action="/ehr">
<label>Token lifetime (seconds)
<input type="number" name="token_lifetime" min="1" max="86400" value="${options.tokenLifetimeSeconds ?? ""}"></label>
<label><input type="checkbox" name="deny_scope" value="${DENY_BINARY}"${checked(options.denyScopes.includes(DENY_BINARY))}>
<span>Deny the Binary scope (<code>${DENY_BINARY}</code>)</span></label>
<label>Fault <select name="fault">${faultOptions}</select></label>
<label><input type="checkbox" name="need_patient_banner" value="false"${checked(!options.needPatientBanner)}>
<span>The EHR shows its own patient banner (<code>need_patient_banner=false</code>)</span></label>
<label>Encounter id <input type="text" name="encounter" value="${options.encounter ?? ""}"></label>
<div><button type="submit">Apply options to the launch links</button></div>
</form>`;
}

/** Which vendor profile runs, and where its personas live (the app needs the patient base for standalone). */
function profileSummary(ctx: SandboxContext): Html {
  const { profile, personaBases } = ctx;
  const clients = profile.clients.map((c) => `${c.clientId} (${c.personas.join(", ")})`).join("; ");
  const bases =
    personaBases.provider === personaBases.patient
      ? markup`<li>FHIR base: <code>${personaBases.provider}</code></li>`
      : markup`<li>Provider persona (EHR launch): <code>${personaBases.provider}</code></li>
<li>Patient persona (standalone launch): <code>${personaBases.patient}</code></li>`;
  return markup`<p class="profile">Profile: <strong>${profile.label}</strong> (<code>${profile.name}</code>)</p>
<ul>${bases}<li>Clients: <code>${clients}</code></li><li>Scopes: ${profile.scopeRule}</li></ul>`;
}

function checked(on: boolean): Html {
  return trusted(on ? " checked" : "");
}

/** GET /ehr: the EHR simulator. Options come from its own form (GET), and are carried by every launch link. */
export function sendEhrPage(ctx: SandboxContext, res: ServerResponse, url: URL): void {
  const parsed = parseLaunchOptions(url.searchParams);
  const options = parsed.ok ? parsed.options : DEFAULT_LAUNCH_OPTIONS;
  const error = parsed.ok ? markup`` : markup`<p class="error" role="alert">${parsed.message}</p>`;
  sendHtml(
    res,
    parsed.ok ? 200 : 400,
    "EHR simulator",
    markup`<h1>EHR simulator</h1>
${profileSummary(ctx)}
<p>Launching opens the app at <code>${ctx.appOrigin}/launch</code> with <code>iss=${ctx.fhirBase}</code>.</p>
${error}
<table>
<thead><tr><th scope="col">Name</th><th scope="col">Birth date</th><th scope="col">Gender</th><th scope="col">MRN</th>
<th scope="col">Documents</th><th scope="col"><span class="muted">Launch</span></th></tr></thead>
<tbody>${patientRows(ctx, options)}</tbody>
</table>
<h2>Launch options</h2>
${optionsForm(options)}
<p><a href="/">Sandbox home</a></p>`,
  );
}
