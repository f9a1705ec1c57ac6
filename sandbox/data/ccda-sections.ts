/** The coded clinical list sections (problems, medications, allergies…) with matching narrative tables. */
import type { SectionContext, SectionExtra } from "./section-context";
import { empty, entriesFor } from "./section-context";
import {
  allergyEntry,
  immunizationEntry,
  medicationEntry,
  problemEntry,
  procedureEntry,
} from "./ccda-entries";
import { encounterEntry, plannedEntry, smokingEntry } from "./ccda-observations";
import { medicationAsOf, problemAsOf, type MedicationState } from "./clinical-course";
import { addDays, addMinutes, shortDate } from "./hl7-time";
import type { MedicationItem } from "./profiles";
import { formatName, loinc } from "./profiles";
import { practitioner } from "./practitioners";
import { narrative, simpleTable, span, styled } from "./narrative";
import { section } from "./section-defs";
import type { XmlElement } from "./xml-writer";

export function problemsSection(ctx: SectionContext): XmlElement {
  const items = ctx.spec.patient.problems;
  // The narrative says what the entries say as of the document's date (problems resolve over time).
  const rows = items.map((p, i) => {
    const state = problemAsOf(p, ctx.spec.effective);
    const status =
      state.status === "active"
        ? "Active"
        : state.resolved === undefined
          ? "Resolved"
          : `Resolved ${shortDate(state.resolved)}`;
    return [span(`problem-${i + 1}`, p.code.display), status, p.note];
  });
  return section("problems", {
    text: empty(ctx) ? null : narrative(simpleTable(["Problem", "Status", "Comments"], rows)),
    entries: entriesFor(
      ctx,
      items.map((p, i) => problemEntry(p, `problem-${i + 1}`, ctx.spec.effective)),
    ),
  });
}

const UNIT_WORDS: Record<string, [string, string]> = {
  "{tbl}": ["tablet", "tablets"],
  "{puff}": ["puff", "puffs"],
};

/** The dose as the sig words it: the item's own words, or "1.5 tablets" once the course changed the dose. */
function doseWords(med: MedicationItem, state: MedicationState | undefined): string {
  if (state === undefined || (state.doseValue === med.doseValue && state.doseUnit === med.doseUnit))
    return med.sig.dose;
  const words = UNIT_WORDS[state.doseUnit];
  if (words === undefined) return `${state.doseValue} ${state.doseUnit}`;
  return `${state.doseValue} ${state.doseValue === 1 ? words[0] : words[1]}`;
}

/** The sig as mixed content: "Take <Bold>2 tablets</Bold> twice daily <Italics>with food</Italics> for 10 days." */
export function sigContent(med: MedicationItem, state?: MedicationState): (string | XmlElement)[] {
  return [
    med.sig.lead,
    styled("Bold", doseWords(med, state)),
    med.sig.middle,
    styled("Italics", med.sig.condition),
    med.sig.tail,
  ];
}

export function medicationsSection(
  ctx: SectionContext,
  name: "medications" | "dischargeMeds" = "medications",
): XmlElement {
  const meds = ctx.spec.patient.medications;
  // The narrative says what the entries say as of the document's date (doses change, drugs switch or stop).
  const rows = meds.map((m, i) => {
    const state = medicationAsOf(m, ctx.spec.effective);
    return [
      span(`${name}-${i + 1}-name`, state.code.display),
      span(`${name}-${i + 1}`, ...sigContent(m, state)),
      m.indication,
      state.stop === undefined ? "Active" : `Stopped ${shortDate(state.stop)}`,
    ];
  });
  return section(name, {
    text:
      empty(ctx) && name === "medications"
        ? null
        : narrative(simpleTable(["Medication", "Directions", "Indication", "Status"], rows)),
    entries: entriesFor(
      ctx,
      meds.map((m, i) => medicationEntry(m, `${name}-${i + 1}`, ctx.spec.effective)),
    ),
  });
}

export function allergiesSection(ctx: SectionContext): XmlElement {
  const items = ctx.spec.patient.allergies;
  const rows = items.map((a, i) => [
    span(`allergy-${i + 1}-substance`, a.substance.display),
    span(`allergy-${i + 1}-reaction`, a.reaction.display),
    a.severity,
  ]);
  return section("allergies", {
    text: narrative(simpleTable(["Substance", "Reaction", "Severity"], rows)),
    entries: items.map((a, i) => allergyEntry(a, `allergy-${i + 1}`, ctx.spec.effective)),
  });
}

export function immunizationsSection(ctx: SectionContext): XmlElement {
  const items = ctx.spec.patient.immunizations;
  const rows = items.map((m, i) => [
    span(`immunization-${i + 1}-name`, m.vaccine.display),
    span(`immunization-${i + 1}`, "Completed"),
    m.lot,
  ]);
  return section("immunizations", {
    text: narrative(simpleTable(["Vaccine", "Status", "Lot number"], rows)),
    entries: items.map((m, i) => immunizationEntry(m, `immunization-${i + 1}`, ctx.spec.effective)),
  });
}

export function proceduresSection(ctx: SectionContext, extra: SectionExtra = {}): XmlElement {
  const items = ctx.spec.patient.procedures;
  const rows = items.map((p, i) => [span(`procedure-${i + 1}`, p.code.display), p.note]);
  return section("procedures", {
    text: narrative(simpleTable(["Procedure", "Findings"], rows), extra.text ?? []),
    entries: [
      ...items.map((p, i) => procedureEntry(p, `procedure-${i + 1}`, ctx.spec.effective)),
      ...(extra.entries ?? []),
    ],
  });
}

export function encountersSection(ctx: SectionContext): XmlElement {
  const count = 3 + Math.floor(ctx.spec.bulkRows / 4);
  const visit = {
    code: "99214",
    display: "Office or other outpatient visit, established patient",
    system: "2.16.840.1.113883.6.12",
  };
  const moments = Array.from({ length: count }, (_, i) => addDays(ctx.spec.effective, -(i + 1) * 41));
  const rows = moments.map((m, i) => [
    span(`encounter-${i + 1}`, visit.display),
    shortDate(m),
    ctx.spec.organization.name,
  ]);
  return section("encounters", {
    text: narrative(simpleTable(["Encounter", "Date", "Location"], rows)),
    entries: moments.map((m, i) => encounterEntry(visit, `encounter-${i + 1}`, m, addMinutes(m, 30))),
  });
}

export function socialHistorySection(ctx: SectionContext, extra: SectionExtra = {}): XmlElement {
  const smoking = ctx.spec.patient.smoking;
  return section("social", {
    text: narrative(
      simpleTable(
        ["Social history", "Observation"],
        [
          ["Tobacco smoking status", span("smoking-1", smoking.display)],
          ["Alcohol", "Occasional, 1–2 drinks per week"],
        ],
      ),
      extra.text ?? [],
    ),
    entries: [smokingEntry(smoking, "smoking-1", ctx.spec.effective)],
  });
}

export function planSection(ctx: SectionContext, extra: SectionExtra = {}): XmlElement {
  const followUp = addDays(ctx.spec.effective, 90);
  const visit = addDays(ctx.spec.effective, 28);
  const lab = ctx.spec.patient.labs[0]?.code ?? loinc("24323-8", "Comprehensive metabolic 2000 panel");
  const specialist = practitioner(ctx.spec.patient.specialistId);
  return section("plan", {
    text: narrative(
      simpleTable(
        ["Planned activity", "Target date"],
        [
          [span("plan-1", `Repeat ${lab.display}`), shortDate(followUp)],
          [
            `Follow-up with ${formatName(specialist.name)} (${specialist.specialty.display})`,
            shortDate(visit),
          ],
        ],
      ),
      extra.text ?? [],
    ),
    entries: [plannedEntry(lab, "plan-1", followUp)],
    subsections: extra.subsections ?? [],
  });
}
