/** Generated-table kinds for observation-like sections: results, vital signs, procedures, encounters, social history. */
import { displayCode, type CodeContext } from "../format/code";
import { meaningful } from "../format/null-flavor";
import { formatIvlPq } from "../format/quantity";
import { formatValue } from "../format/value";
import { attr, child, children, path, textOf } from "../parse/xml";
import type { EntriesKind } from "./entries-kind-type";
import {
  datesOf,
  first,
  flattenOrganizers,
  nameOf,
  productOf,
  related,
  statusOf,
  unwrap,
  valuesOf,
} from "./entries-util";

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

export const results: EntriesKind = {
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

export const vitals: EntriesKind = {
  columns: ["Vital sign", "Value", "Interpretation", "Date"],
  rows: (stmts, ctx, where) =>
    flattenOrganizers(stmts).map(({ parent, obs }) => [
      nameOf(obs, ctx, where),
      valuesOf(obs, ctx, where),
      interpretation(obs, ctx, where),
      first(datesOf(obs, ctx, where), parent ? datesOf(parent, ctx, where) : ""),
    ]),
};

export const procedures: EntriesKind = {
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

export const encounters: EntriesKind = {
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

export const socialHistory: EntriesKind = {
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
