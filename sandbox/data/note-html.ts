/**
 * Clinical notes as Soarian's published examples show them (also used for Epic's HTML renditions): legacy
 * upper-case HTML with a <style> block, <FONT> tags and no charset meta, written per note kind from the record.
 */
import type { DocSpec } from "./doc-spec";
import { narrativeDate } from "./hl7-time";
import { formatName } from "./profiles";
import { escapeText } from "./xml-writer";

const STYLE =
  "BODY,TD,TH{font-family:Arial,Helvetica;font-size:10pt} .HDR{font-weight:bold;background:#DDDDDD}";

function row(label: string, value: string): string {
  return `<TR><TD CLASS="HDR">${label}</TD><TD>${escapeText(value)}</TD></TR>`;
}

function list(items: readonly string[]): string {
  return `<UL>${items.map((item) => `<LI>${escapeText(item)}</LI>`).join("")}</UL>`;
}

function body(spec: DocSpec): string[] {
  const { patient } = spec;
  const problems = patient.problems.filter((p) => p.status === "active").map((p) => p.code.display);
  const meds = patient.medications.map((m) => `${m.code.display}: ${m.doseValue} ${m.doseUnit} ${m.route}`);
  const stay = spec.admission;
  const parts = [`<P><B>Assessment</B></P>${list(problems)}`, `<P><B>Medications</B></P>${list(meds)}`];
  if (stay !== undefined) {
    parts.unshift(`<P><B>Chief complaint:</B> ${escapeText(stay.chiefComplaint)}</P>`);
    const course = spec.kind === "discharge" ? [...stay.course, ...stay.dischargeInstructions] : stay.course;
    parts.push(`<P><B>${spec.kind === "discharge" ? "Hospital course" : "Plan"}</B></P>${list(course)}`);
  } else {
    parts.push(
      `<P><I>Plan:</I> continue current therapy; follow up as scheduled.<BR>Return precautions reviewed.</P>`,
    );
  }
  return parts;
}

export function legacyNoteHtml(spec: DocSpec): string {
  return [
    `<HTML><HEAD><style type="text/css">${STYLE}</style></HEAD><BODY>`,
    `<TABLE BORDER=1 CELLPADDING=2>${row("Patient", formatName(spec.patient.name))}${row("MRN", spec.patient.mrn)}${row("Date", narrativeDate(spec.effective))}${row("Author", formatName(spec.author.name))}</TABLE>`,
    `<P><FONT SIZE=4 COLOR="#003366"><B>${escapeText(spec.title)}</B></FONT></P>`,
    ...body(spec),
    `<P><FONT SIZE=1>Electronically signed by ${escapeText(formatName(spec.author.name))}</FONT></P>`,
    `</BODY></HTML>`,
  ].join("\r\n");
}
