/** Readers for C-CDA clinical statements (entries): names, statuses, dates, values, products, dosing. */
import { bareCode, codeWords, displayCode, referencedText, type CodeContext } from "../format/code";
import { formatIvlPq, formatPq } from "../format/quantity";
import { meaningful } from "../format/null-flavor";
import { formatInterval } from "../format/time";
import { formatValue } from "../format/value";
import { attr, child, children, elementChildren, isCda, path, textOf, xsiType } from "../parse/xml";

export const STATEMENTS = new Set([
  "act",
  "observation",
  "substanceAdministration",
  "supply",
  "procedure",
  "encounter",
  "organizer",
  "observationMedia",
  "regionOfInterest",
]);

/** LOINC code of the nested "Status" observation (problem, allergy, … status). */
const STATUS_OBS = "33999-4";

/** The clinical statements directly under an entry / entryRelationship / component. */
export function statementsOf(el: Element | undefined): Element[] {
  if (!el) return [];
  return elementChildren(el).filter((c) => isCda(c) && STATEMENTS.has(c.localName));
}

/** Statements nested through entryRelationship, optionally only of one typeCode (e.g. "MFST", "SUBJ"). */
export function related(el: Element | undefined, typeCode?: string): Element[] {
  return children(el, "entryRelationship")
    .filter((r) => typeCode === undefined || attr(r, "typeCode") === typeCode)
    .flatMap(statementsOf);
}

/** Statements of an organizer's components. */
export function components(el: Element | undefined): Element[] {
  return children(el, "component").flatMap(statementsOf);
}

export function hasCode(el: Element | undefined, code: string): boolean {
  return attr(child(el, "code"), "code") === code;
}

/** The words of a coded child, "" when absent or only an NI/NA placeholder. */
export function codedChild(el: Element | undefined, name: string, ctx: CodeContext, where: string): string {
  const c = child(el, name);
  return meaningful(c) ? displayCode(c, ctx, where) : "";
}

/**
 * A statement's name: code words, else its own text (or referenced narrative), else the bare code. The generic
 * "ASSERTION" code names nothing (the value says what is asserted), so it gives "".
 */
export function nameOf(el: Element | undefined, ctx: CodeContext, where: string): string {
  if (!el) return "";
  const code = child(el, "code");
  const words = codeWords(code, ctx, where) ?? referencedText(child(el, "text"), ctx, where);
  if (words !== undefined) return words;
  if (attr(code, "code") === "ASSERTION" || !meaningful(code)) return "";
  return displayCode(code, ctx, where);
}

function capitalise(s: string): string {
  return s ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}

/** The nested status observation's value, else the statusCode ("Active", "Completed"). */
export function statusOf(el: Element | undefined, ctx: CodeContext, where: string): string {
  const statusObs = related(el).find((s) => hasCode(s, STATUS_OBS));
  const fromObs = statusObs ? formatValue(child(statusObs, "value"), ctx, where) : "";
  if (fromObs) return fromObs;
  const code = child(el, "statusCode");
  return capitalise(attr(code, "code") ?? (code ? displayCode(code, ctx, where) : ""));
}

/** The first effectiveTime that is not a frequency (PIVL/EIVL/SXPR). */
export function mainTime(el: Element | undefined): Element | undefined {
  return children(el, "effectiveTime").find((t) => !/^(PIVL_TS|EIVL_TS|SXPR_TS)$/.test(xsiType(t) ?? ""));
}

export function datesOf(el: Element | undefined, ctx: CodeContext, where: string): string {
  return formatInterval(mainTime(el), ctx, where);
}

/** All values of an observation, joined. */
export function valuesOf(el: Element | undefined, ctx: CodeContext, where: string): string {
  return children(el, "value")
    .map((v) => formatValue(v, ctx, where))
    .filter(Boolean)
    .join("; ");
}

/** The product of a substanceAdministration/supply: material code words, else its name, else the bare code. */
export function productOf(el: Element | undefined, ctx: CodeContext, where: string): string {
  const product = path(el, "consumable", "manufacturedProduct") ?? path(el, "product", "manufacturedProduct");
  const material = child(product, "manufacturedMaterial") ?? child(product, "manufacturedLabeledDrug");
  const code = child(material, "code");
  return (
    codeWords(code, ctx, where) ??
    (textOf(child(material, "name")) || (bareCode(code) ?? displayCode(code, ctx, where)))
  );
}

export function lotOf(el: Element | undefined): string {
  return textOf(path(el, "consumable", "manufacturedProduct", "manufacturedMaterial", "lotNumberText"));
}

/** A PQ, or an IVL_PQ when it has low/high ("" when absent). */
function pqOrRange(el: Element | undefined): string {
  if (!el) return "";
  return child(el, "low") || child(el, "high") ? formatIvlPq(el) : formatPq(el);
}

/** doseQuantity (PQ or range), else the administrationUnitCode. */
export function doseOf(el: Element | undefined, ctx: CodeContext, where: string): string {
  const dose = child(el, "doseQuantity");
  const unit = codedChild(el, "administrationUnitCode", ctx, where);
  const amount = pqOrRange(dose);
  if (amount && unit && /^\d+(\.\d+)?$/.test(amount)) return `${amount} ${unit}`;
  return amount || unit;
}

/** "every 8 h" from PIVL_TS/period, or the EIVL_TS event ("before meals"). */
export function frequencyOf(el: Element | undefined, ctx: CodeContext, where: string): string {
  const parts: string[] = [];
  for (const t of children(el, "effectiveTime")) {
    const type = xsiType(t);
    if (type === "PIVL_TS") {
      const text = pqOrRange(child(t, "period"));
      if (text) parts.push(`every ${text}`);
    } else if (type === "EIVL_TS") {
      const event = displayCode(child(t, "event"), ctx, where);
      if (event) parts.push(event);
    }
  }
  return parts.join(", ");
}

export const first = (...values: string[]): string => values.find((v) => v !== "") ?? "";

/** The statements a concern act wraps (SUBJ observations), or the statement itself. */
export function unwrap(stmt: Element): Element[] {
  if (stmt.localName !== "act") return [stmt];
  const inner = related(stmt, "SUBJ");
  const any = inner.length > 0 ? inner : related(stmt);
  return any.length > 0 ? any : [stmt];
}

/** Organizers become their components; other statements stay. */
export interface Flat {
  parent: Element | undefined;
  obs: Element;
}

export function flattenOrganizers(stmts: Element[]): Flat[] {
  return stmts.flatMap((s): Flat[] =>
    s.localName === "organizer"
      ? components(s).map((obs) => ({ parent: s, obs }))
      : [{ parent: undefined, obs: s }],
  );
}
