/** The patient (recordTarget/patientRole): every demographic CDA and its sdtc extensions carry. */
import { displayCode } from "../format/code";
import { formatId } from "../format/identifier";
import { nullFlavorOf } from "../format/null-flavor";
import { renderTelecom } from "../format/telecom";
import { ageAt, formatTsChecked, parseTs, timeNode } from "../format/time";
import { attr, child, children, path, sdtcChild, sdtcChildren, textOf } from "../parse/xml";
import type { RenderContext } from "./context";
import { entityBlock, group, lines, row, type Row, type Value } from "./header-dl";
import { addrValue, listOf, nameWithUse, orgDetailRows, orgName, roleName, roleRows } from "./header-entity";
import { h, type HNode } from "./html";

const WHERE = "document header (patient)";

/** "15 Mar 1970 (56 years)": the age is at the document's date, never today's. */
export function birthValue(patient: Element | undefined, ctx: RenderContext): Value {
  const birth = child(patient, "birthTime");
  if (!birth) return undefined;
  const raw = attr(birth, "value");
  if (raw === undefined) {
    return nullFlavorOf(birth);
  }
  const label = formatTsChecked(raw, ctx, WHERE, { dateOnly: true });
  const b = parseTs(raw);
  if (!b) return label;
  const at = parseTs(ctx.documentTime);
  const age = at ? ageAt(b, at) : undefined;
  return h("span", {}, [timeNode(raw, { dateOnly: true }), age && ` (${age} at document date)`]);
}

const GENDERS: Readonly<Record<string, string>> = { M: "Male", F: "Female", UN: "Undifferentiated" };

/** administrativeGenderCode: displayName, else M/F/UN in words, else the usual code fallbacks. */
export function sexValue(patient: Element | undefined, ctx: RenderContext): string {
  const g = child(patient, "administrativeGenderCode");
  if (!g) return "";
  if (attr(g, "displayName")?.trim()) return displayCode(g, ctx, WHERE);
  const code = attr(g, "code");
  return (code !== undefined ? GENDERS[code] : undefined) ?? displayCode(g, ctx, WHERE);
}

function languageValue(lc: Element, ctx: RenderContext): string {
  const lang = attr(child(lc, "languageCode"), "code") ?? displayCode(child(lc, "languageCode"), ctx, WHERE);
  const extras = [
    displayCode(child(lc, "modeCode"), ctx, WHERE),
    displayCode(child(lc, "proficiencyLevelCode"), ctx, WHERE),
    attr(child(lc, "preferenceInd"), "value") === "true" ? "preferred" : "",
  ].filter(Boolean);
  const shown = languageLabel(lang);
  return extras.length > 0 ? `${shown}: ${extras.join(", ")}` : shown;
}

/** "English (en)" when the runtime knows the code, else the code itself. */
export function languageLabel(code: string): string {
  const name = languageName(code);
  return name && name !== code ? `${name} (${code})` : code;
}

let languageNames: Intl.DisplayNames | undefined;

/** "English" for "en" when the runtime knows it; the code itself otherwise. */
export function languageName(code: string): string {
  if (!code) return "";
  try {
    // One instance: making one loads locale data, which cost more than the rest of the patient's block.
    languageNames ??= new Intl.DisplayNames(["en"], { type: "language" });
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}

function guardianBlock(guardian: Element, ctx: RenderContext): HNode | undefined {
  const rows = roleRows(guardian, ctx, WHERE);
  const relationship = displayCode(child(guardian, "code"), ctx, WHERE);
  return entityBlock(`Guardian: ${roleName(guardian) || "name not given"}`, [
    row("Relationship", relationship),
    ...rows.filter((r) => r.label !== "Role"),
  ]);
}

function birthplaceValue(patient: Element | undefined): Value {
  const place = path(patient, "birthplace", "place");
  if (!place) return undefined;
  return lines([textOf(child(place, "name")), ...children(place, "addr").map(addrValue)]);
}

function deceasedValue(patient: Element | undefined, ctx: RenderContext): Value {
  const ind = attr(sdtcChild(patient, "deceasedInd"), "value");
  const time = attr(sdtcChild(patient, "deceasedTime"), "value");
  if (time !== undefined) return formatTsChecked(time, ctx, WHERE);
  if (ind === "true") return "Yes";
  return ind === "false" ? "No" : undefined;
}

function multipleBirthValue(patient: Element | undefined): Value {
  const ind = attr(sdtcChild(patient, "multipleBirthInd"), "value");
  const order = attr(sdtcChild(patient, "multipleBirthOrderNumber"), "value");
  if (order !== undefined) return `Yes (birth order ${order})`;
  if (ind === "true") return "Yes";
  return ind === "false" ? "No" : undefined;
}

function codes(els: Element[], ctx: RenderContext): string[] {
  return els.map((e) => displayCode(e, ctx, WHERE)).filter(Boolean);
}

/** Rows for one patientRole. */
export function patientRows(role: Element, ctx: RenderContext): Row[] {
  const p = child(role, "patient");
  return [
    row("Name", ...children(p, "name").map(nameWithUse)),
    row("Birth date", birthValue(p, ctx)),
    row("Sex", sexValue(p, ctx)),
    row("Identifier", ...listOf(role, "id").map(formatId)),
    row("Address", ...listOf(role, "addr").map(addrValue)),
    row("Contact", ...listOf(role, "telecom").map(renderTelecom)),
    row("Marital status", displayCode(child(p, "maritalStatusCode"), ctx, WHERE)),
    row("Religion", displayCode(child(p, "religiousAffiliationCode"), ctx, WHERE)),
    row("Race", ...codes([...children(p, "raceCode"), ...sdtcChildren(p, "raceCode")], ctx)),
    row(
      "Ethnicity",
      ...codes([...children(p, "ethnicGroupCode"), ...sdtcChildren(p, "ethnicGroupCode")], ctx),
    ),
    row("Language", ...children(p, "languageCommunication").map((lc) => languageValue(lc, ctx))),
    row("Birthplace", birthplaceValue(p)),
    row("Deceased", deceasedValue(p, ctx)),
    row("Multiple birth", multipleBirthValue(p)),
  ];
}

function providerBlock(role: Element): HNode | undefined {
  const org = child(role, "providerOrganization");
  if (!org) return undefined;
  return entityBlock(`Provider organization: ${orgName(org) || "unnamed"}`, orgDetailRows(org));
}

/** The Patient group (one per recordTarget), with guardians and provider organization. */
export function patientGroup(doc: Element, ctx: RenderContext): HNode | undefined {
  const roles = children(doc, "recordTarget").flatMap((rt) => children(rt, "patientRole"));
  const blocks = roles.flatMap((role) => [
    entityBlock("", patientRows(role, ctx)),
    ...children(child(role, "patient"), "guardian").map((g) => guardianBlock(g, ctx)),
    providerBlock(role),
  ]);
  return group(roles.length > 1 ? "Patients" : "Patient", blocks);
}
