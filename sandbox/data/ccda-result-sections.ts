/** Results and vital signs sections: seeded measurements, tables and organizers (growable for scale mode). */
import type { MeasuredValue } from "./ccda-observations";
import { interpretation, resultOrganizer, vitalsOrganizer } from "./ccda-observations";
import type { LocalMoment } from "./hl7-time";
import { addDays, addMinutes, narrativeDate, shortDate } from "./hl7-time";
import { narrative, simpleTable, span, styled } from "./narrative";
import type { Prng } from "./prng";
import type { LabTest } from "./profiles";
import { loinc } from "./profiles";
import type { SectionContext, SectionExtra } from "./section-context";
import { empty, entriesFor } from "./section-context";
import { section } from "./section-defs";
import type { XmlElement } from "./xml-writer";

export function measure(rng: Prng, tests: readonly LabTest[], prefix: string): MeasuredValue[] {
  return tests.map((test, i) => ({
    test,
    value: Number((test.mean + (rng.next() * 2 - 1) * test.spread).toFixed(test.digits)),
    refId: `${prefix}-${i + 1}`,
  }));
}

function resultRows(values: readonly MeasuredValue[], when: LocalMoment) {
  return values.map((v) => {
    const flag = interpretation(v.test, v.value);
    const shown = `${v.value.toFixed(v.test.digits)} ${v.test.unit}`;
    return [
      span(v.refId, v.test.code.display),
      flag === "N" ? shown : styled("Bold", `${shown} (${flag})`),
      `${v.test.low}–${v.test.high} ${v.test.unit}`,
      shortDate(when),
    ];
  });
}

export function resultsSection(ctx: SectionContext, extra: SectionExtra = {}): XmlElement {
  const panels = 1 + Math.floor(ctx.spec.bulkRows / ctx.spec.patient.labs.length);
  const organizers: XmlElement[] = [];
  const tables: XmlElement[] = [];
  for (let n = 0; n < panels; n++) {
    const when = addMinutes(addDays(ctx.spec.effective, -n * 3), -90);
    const values = measure(ctx.rng, ctx.spec.patient.labs, `result-${n + 1}`);
    organizers.push(
      resultOrganizer(
        loinc("24323-8", "Comprehensive metabolic 2000 panel"),
        values,
        when,
        `${ctx.spec.docId}-${n}`,
      ),
    );
    tables.push(
      simpleTable(
        ["Test", "Result", "Reference range", "Date"],
        resultRows(values, when),
        `Laboratory results ${narrativeDate(when)}`,
      ),
    );
  }
  return section("results", {
    text: empty(ctx) ? null : narrative(extra.text ?? [], tables),
    entries: entriesFor(ctx, organizers),
  });
}

const VITALS: readonly [string, string, string, number, number, number][] = [
  ["8480-6", "Systolic blood pressure", "mm[Hg]", 128, 10, 0],
  ["8462-4", "Diastolic blood pressure", "mm[Hg]", 79, 7, 0],
  ["8867-4", "Heart rate", "/min", 74, 9, 0],
  ["9279-1", "Respiratory rate", "/min", 16, 2, 0],
  ["8310-5", "Body temperature", "Cel", 36.8, 0.3, 1],
  ["59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry", "%", 97, 1.5, 0],
  ["29463-7", "Body weight", "kg", 78, 3, 1],
];

export function vitalsSection(ctx: SectionContext): XmlElement {
  const tests: LabTest[] = VITALS.map(([code, display, unit, mean, spread, digits]) => ({
    code: loinc(code, display),
    unit,
    low: 0,
    high: 1e6,
    mean,
    spread,
    digits,
  }));
  const values = measure(ctx.rng, tests, "vital");
  const when = addMinutes(ctx.spec.effective, -35);
  const rows = values.map((v) => [
    span(v.refId, v.test.code.display),
    `${v.value.toFixed(v.test.digits)} ${v.test.unit}`,
  ]);
  return section("vitals", {
    text: narrative(simpleTable(["Measurement", `Value (${shortDate(when)})`], rows)),
    entries: [vitalsOrganizer(values, when, ctx.spec.docId)],
  });
}
