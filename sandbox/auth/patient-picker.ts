import type { ServerResponse } from "node:http";
import type { SandboxContext } from "../context";
import { markup, sendHtml } from "../html";
import { patientName } from "../patient-display";

/** The picker adds this parameter to the authorize URL; `sandbox_deny` is the picker's "deny" link. */
export const PICKED_PATIENT_PARAM = "sandbox_patient";
export const DENY_PARAM = "sandbox_deny";

function withParam(ctx: SandboxContext, params: URLSearchParams, name: string, value: string): string {
  const next = new URLSearchParams(params);
  next.set(name, value);
  return `${ctx.profile.personas[ctx.persona].authorizePath}?${next.toString()}`;
}

/** The standalone-launch patient picker: one "Select <Name>" link per patient, plus a way to deny. */
export function sendPatientPicker(ctx: SandboxContext, res: ServerResponse, params: URLSearchParams): void {
  const rows = ctx.dataset.patients.map((patient) => {
    const name = patientName(patient);
    const href = withParam(ctx, params, PICKED_PATIENT_PARAM, patient.id ?? "");
    return markup`<tr>
      <td>${name}</td>
      <td>${patient.birthDate ?? ""}</td>
      <td>${patient.gender ?? ""}</td>
      <td><a class="button" href="${href}">Select ${name}</a></td>
    </tr>`;
  });
  sendHtml(
    res,
    200,
    "Select a patient",
    markup`<h1>Select a patient</h1>
      <p>The app <code>${params.get("client_id") ?? ""}</code> asks to open a patient's record (standalone launch).</p>
      <table>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Birth date</th>
            <th scope="col">Gender</th>
            <th scope="col"><span class="muted">Action</span></th>
          </tr>
        </thead>
        <tbody>
          ${rows}
        </tbody>
      </table>
      <p><a href="${withParam(ctx, params, DENY_PARAM, "1")}">Deny access</a></p>`,
  );
}
