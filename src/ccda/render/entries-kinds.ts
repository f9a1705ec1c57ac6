/** Per-section-kind column sets and row extractors for tables generated from coded entries. */
import { displayCode, type CodeContext } from "../format/code";
import { attr, child, children, path, textOf } from "../parse/xml";
import type { EntriesKind } from "./entries-kind-type";
import { encounters, procedures, results, socialHistory, vitals } from "./entries-kinds-observations";
import {
  codedChild,
  datesOf,
  doseOf,
  first,
  frequencyOf,
  hasCode,
  lotOf,
  nameOf,
  productOf,
  related,
  statementsOf,
  statusOf,
  unwrap,
  valuesOf,
} from "./entries-util";

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
    administrations(stmts).map((sa) => {
      const status = statusOf(sa, ctx, where);
      const notGiven = attr(sa, "negationInd") === "true";
      return [
        first(productOf(sa, ctx, where), nameOf(sa, ctx, where)),
        datesOf(sa, ctx, where),
        notGiven ? `Not given${status ? ` (${status})` : ""}` : status,
        doseOf(sa, ctx, where),
        lotOf(sa),
      ];
    }),
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
