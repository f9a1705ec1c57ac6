/** Per-section-kind column sets and row extractors for tables generated from coded entries. */
import { displayCode, type CodeContext } from "../format/code";
import { formatIvlPq } from "../format/quantity";
import { formatValue } from "../format/value";
import { attr, child, children, path, textOf } from "../parse/xml";
import {
  codedChild,
  components,
  datesOf,
  doseOf,
  frequencyOf,
  hasCode,
  lotOf,
  meaningful,
  nameOf,
  productOf,
  related,
  statementsOf,
  statusOf,
  valuesOf,
} from "./entries-util";

export interface EntriesKind {
  columns: readonly string[];
  rows: (statements: Element[], ctx: CodeContext, where: string) => string[][];
}

const first = (...values: string[]): string => values.find((v) => v !== "") ?? "";

/** The statements a concern act wraps (SUBJ observations), or the statement itself. */
function unwrap(stmt: Element): Element[] {
  if (stmt.localName !== "act") return [stmt];
  const inner = related(stmt, "SUBJ");
  const any = inner.length > 0 ? inner : related(stmt);
  return any.length > 0 ? any : [stmt];
}

/** Organizers become their components; other statements stay. */
interface Flat {
  parent: Element | undefined;
  obs: Element;
}

function flattenOrganizers(stmts: Element[]): Flat[] {
  return stmts.flatMap((s): Flat[] =>
    s.localName === "organizer"
      ? components(s).map((obs) => ({ parent: s, obs }))
      : [{ parent: undefined, obs: s }],
  );
}

const problems: EntriesKind = {
  columns: ["Problem", "Status", "Dates"],
  rows: (stmts, ctx, where) =>
    stmts.flatMap((act) =>
      unwrap(act).map((obs) => [
        first(valuesOf(obs, ctx, where), nameOf(obs, ctx, where)),
        first(statusOf(obs, ctx, where), obs === act ? "" : statusOf(act, ctx, where)),
        first(datesOf(obs, ctx, where), datesOf(act, ctx, where)),
      ]),
    ),
};

function allergen(obs: Element, ctx: CodeContext, where: string): string {
  const entity = path(obs, "participant", "participantRole", "playingEntity");
  const code = child(entity, "code");
  const words = code ? displayCode(code, ctx, where) : "";
  return first(words, textOf(child(entity, "name")));
}

function severity(obs: Element, ctx: CodeContext, where: string): string {
  const nested = [...related(obs), ...related(obs, "MFST").flatMap((r) => related(r))];
  const sev = nested.find((s) => hasCode(s, "SEV"));
  return sev ? valuesOf(sev, ctx, where) : "";
}

const allergies: EntriesKind = {
  columns: ["Allergen", "Type", "Reaction", "Severity", "Status", "Dates"],
  rows: (stmts, ctx, where) =>
    stmts.flatMap((act) =>
      unwrap(act).map((obs) => {
        const substance = allergen(obs, ctx, where);
        const kind = valuesOf(obs, ctx, where);
        const reactions = related(obs, "MFST").map((r) =>
          first(valuesOf(r, ctx, where), nameOf(r, ctx, where)),
        );
        return [
          first(substance, kind, nameOf(obs, ctx, where)),
          substance ? kind : "",
          reactions.filter(Boolean).join("; "),
          severity(obs, ctx, where),
          first(statusOf(obs, ctx, where), obs === act ? "" : statusOf(act, ctx, where)),
          first(datesOf(obs, ctx, where), datesOf(act, ctx, where)),
        ];
      }),
    ),
};

/** Medication-like statements: substanceAdministration/supply, also when wrapped in an act. */
function administrations(stmts: Element[]): Element[] {
  return stmts.flatMap((s) =>
    s.localName === "act" ? related(s).filter((r) => r.localName !== "observation") : [s],
  );
}

const medications: EntriesKind = {
  columns: ["Medication", "Dose", "Route", "Frequency", "Dates", "Status"],
  rows: (stmts, ctx, where) =>
    administrations(stmts).map((sa) => [
      first(productOf(sa, ctx, where), nameOf(sa, ctx, where)),
      doseOf(sa, ctx, where),
      codedChild(sa, "routeCode", ctx, where),
      frequencyOf(sa, ctx, where),
      datesOf(sa, ctx, where),
      statusOf(sa, ctx, where),
    ]),
};

const immunizations: EntriesKind = {
  columns: ["Vaccine", "Date", "Status", "Dose", "Lot"],
  rows: (stmts, ctx, where) =>
    administrations(stmts).map((sa) => [
      first(productOf(sa, ctx, where), nameOf(sa, ctx, where)),
      datesOf(sa, ctx, where),
      attr(sa, "negationInd") === "true"
        ? `Not given${statusOf(sa, ctx, where) ? ` (${statusOf(sa, ctx, where)})` : ""}`
        : statusOf(sa, ctx, where),
      doseOf(sa, ctx, where),
      lotOf(sa),
    ]),
};

function referenceRange(obs: Element, ctx: CodeContext, where: string): string {
  return children(obs, "referenceRange")
    .map((r) => child(r, "observationRange"))
    .map((range) => {
      const value = child(range, "value");
      const text = value ? formatIvlPq(value) || formatValue(value, ctx, where) : "";
      return first(text, textOf(child(range, "text")));
    })
    .filter(Boolean)
    .join("; ");
}

function interpretation(obs: Element, ctx: CodeContext, where: string): string {
  return children(obs, "interpretationCode")
    .filter(meaningful)
    .map((c) => displayCode(c, ctx, where))
    .filter(Boolean)
    .join(", ");
}

const results: EntriesKind = {
  columns: ["Panel", "Test", "Value", "Interpretation", "Reference range", "Date"],
  rows: (stmts, ctx, where) =>
    flattenOrganizers(stmts).map(({ parent, obs }) => [
      parent ? nameOf(parent, ctx, where) : "",
      nameOf(obs, ctx, where),
      valuesOf(obs, ctx, where),
      interpretation(obs, ctx, where),
      referenceRange(obs, ctx, where),
      first(datesOf(obs, ctx, where), parent ? datesOf(parent, ctx, where) : ""),
    ]),
};

const vitals: EntriesKind = {
  columns: ["Vital sign", "Value", "Interpretation", "Date"],
  rows: (stmts, ctx, where) =>
    flattenOrganizers(stmts).map(({ parent, obs }) => [
      nameOf(obs, ctx, where),
      valuesOf(obs, ctx, where),
      interpretation(obs, ctx, where),
      first(datesOf(obs, ctx, where), parent ? datesOf(parent, ctx, where) : ""),
    ]),
};

const procedures: EntriesKind = {
  columns: ["Procedure", "Date", "Status", "Site"],
  rows: (stmts, ctx, where) =>
    stmts.map((p) => [
      nameOf(p, ctx, where),
      datesOf(p, ctx, where),
      statusOf(p, ctx, where),
      children(p, "targetSiteCode")
        .map((c) => displayCode(c, ctx, where))
        .join(", "),
    ]),
};

function encounterLocation(enc: Element, ctx: CodeContext, where: string): string {
  const loc = children(enc, "participant").find((p) => attr(p, "typeCode") === "LOC");
  const role = child(loc, "participantRole");
  return first(textOf(path(role, "playingEntity", "name")), displayCode(child(role, "code"), ctx, where));
}

function encounterDiagnoses(enc: Element, ctx: CodeContext, where: string): string {
  return related(enc)
    .flatMap((r) => (r.localName === "act" ? unwrap(r) : [r]))
    .map((o) => first(valuesOf(o, ctx, where), nameOf(o, ctx, where)))
    .filter(Boolean)
    .join("; ");
}

const encounters: EntriesKind = {
  columns: ["Encounter", "Date", "Location", "Diagnosis", "Status"],
  rows: (stmts, ctx, where) =>
    stmts.map((e) => [
      nameOf(e, ctx, where),
      datesOf(e, ctx, where),
      encounterLocation(e, ctx, where),
      encounterDiagnoses(e, ctx, where),
      statusOf(e, ctx, where),
    ]),
};

/** C-CDA social-history templates whose code is often the bare "ASSERTION". */
const SOCIAL_TEMPLATES: Readonly<Record<string, string>> = {
  "2.16.840.1.113883.10.20.22.4.78": "Smoking status",
  "2.16.840.1.113883.10.22.4.78": "Smoking status",
  "2.16.840.1.113883.10.20.22.4.85": "Tobacco use",
  "2.16.840.1.113883.10.20.22.4.38": "Social history observation",
};

function templateLabel(el: Element): string {
  for (const t of children(el, "templateId")) {
    const label = SOCIAL_TEMPLATES[attr(t, "root") ?? ""];
    if (label !== undefined) return label;
  }
  return "";
}

const socialHistory: EntriesKind = {
  columns: ["Item", "Value", "Date"],
  rows: (stmts, ctx, where) =>
    stmts.map((o) => [
      first(nameOf(o, ctx, where), templateLabel(o)),
      valuesOf(o, ctx, where),
      datesOf(o, ctx, where),
    ]),
};

/** Any other section: organizers and concern acts opened one level, then name, status, dates, value. */
export const genericKind: EntriesKind = {
  columns: ["Entry", "Status", "Dates", "Value"],
  rows: (stmts, ctx, where) =>
    flattenOrganizers(stmts.flatMap(unwrap)).map(({ obs }) => [
      first(
        nameOf(obs, ctx, where),
        obs.localName === "substanceAdministration" ? productOf(obs, ctx, where) : "",
      ),
      statusOf(obs, ctx, where),
      datesOf(obs, ctx, where),
      valuesOf(obs, ctx, where),
    ]),
};

/** Section LOINC code → kind. */
export const KINDS: Readonly<Record<string, EntriesKind>> = {
  "11450-4": problems,
  "11348-0": problems,
  "10160-0": medications,
  "10183-2": medications,
  "29549-3": medications,
  "48765-2": allergies,
  "30954-2": results,
  "8716-3": vitals,
  "11369-6": immunizations,
  "47519-4": procedures,
  "46240-8": encounters,
  "29762-2": socialHistory,
};

/** All statements of a section's entries. */
export function sectionStatements(section: Element): Element[] {
  return children(section, "entry").flatMap(statementsOf);
}
