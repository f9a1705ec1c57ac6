/** Observation-style C-CDA entries: result organizers, vital signs, encounters, smoking status, planned items. */
import { CCDA_R21, coded, ii, interval, originalText, templateId, ts, valueCd } from "./ccda-common";
import type { LocalMoment } from "./hl7-time";
import { stableUuid } from "./prng";
import type { Coded, LabTest } from "./profiles";
import { loinc, snomed } from "./profiles";
import type { XmlElement } from "./xml-writer";
import { el } from "./xml-writer";

const status = (code: string): XmlElement => el("statusCode", { code });

export interface MeasuredValue {
  test: LabTest;
  value: number;
  refId: string;
}

export function interpretation(test: LabTest, value: number): "H" | "L" | "N" {
  return value > test.high ? "H" : value < test.low ? "L" : "N";
}

function resultObservation(result: MeasuredValue, when: LocalMoment, templateRoot: string): XmlElement {
  const { test, value } = result;
  const vital = templateRoot.endsWith(".27");
  return el(
    "component",
    null,
    el(
      "observation",
      { classCode: "OBS", moodCode: "EVN" },
      templateId(templateRoot, vital ? "2014-06-08" : CCDA_R21),
      ii(stableUuid(`result|${result.refId}`)),
      coded("code", test.code, {}, originalText(result.refId)),
      el("text", null, el("reference", { value: `#${result.refId}` })),
      status("completed"),
      ts("effectiveTime", when),
      el("value", { "xsi:type": "PQ", value: value.toFixed(test.digits), unit: test.unit }),
      vital
        ? null
        : el("interpretationCode", {
            code: interpretation(test, value),
            codeSystem: "2.16.840.1.113883.5.83",
          }),
      vital
        ? null
        : el(
            "referenceRange",
            null,
            el(
              "observationRange",
              null,
              el(
                "value",
                { "xsi:type": "IVL_PQ" },
                el("low", { value: test.low, unit: test.unit }),
                el("high", { value: test.high, unit: test.unit }),
              ),
            ),
          ),
    ),
  );
}

export function resultOrganizer(
  panel: Coded,
  results: readonly MeasuredValue[],
  when: LocalMoment,
  id: string,
): XmlElement {
  return el(
    "organizer",
    { classCode: "BATTERY", moodCode: "EVN" },
    templateId("2.16.840.1.113883.10.20.22.4.1", CCDA_R21),
    ii(stableUuid(`organizer|${id}`)),
    coded("code", panel),
    status("completed"),
    el("effectiveTime", null, ts("low", when), ts("high", when)),
    results.map((r) => resultObservation(r, when, "2.16.840.1.113883.10.20.22.4.2")),
  );
}

export function vitalsOrganizer(
  results: readonly MeasuredValue[],
  when: LocalMoment,
  id: string,
): XmlElement {
  return el(
    "organizer",
    { classCode: "CLUSTER", moodCode: "EVN" },
    templateId("2.16.840.1.113883.10.20.22.4.26", CCDA_R21),
    ii(stableUuid(`vitals|${id}`)),
    coded(
      "code",
      snomed("46680005", "Vital signs"),
      {},
      el("translation", { code: "74728-7", codeSystem: "2.16.840.1.113883.6.1" }),
    ),
    status("completed"),
    ts("effectiveTime", when),
    results.map((r) => resultObservation(r, when, "2.16.840.1.113883.10.20.22.4.27")),
  );
}

export function encounterEntry(
  label: Coded,
  refId: string,
  start: LocalMoment,
  end: LocalMoment,
): XmlElement {
  return el(
    "encounter",
    { classCode: "ENC", moodCode: "EVN" },
    templateId("2.16.840.1.113883.10.20.22.4.49", CCDA_R21),
    ii(stableUuid(`enc|${refId}`)),
    coded("code", label, {}, originalText(refId)),
    interval(start, end),
  );
}

export function smokingEntry(status_: Coded, refId: string, when: LocalMoment): XmlElement {
  return el(
    "observation",
    { classCode: "OBS", moodCode: "EVN" },
    templateId("2.16.840.1.113883.10.20.22.4.78", "2014-06-09"),
    ii(stableUuid(`smoking|${refId}`)),
    coded("code", loinc("72166-2", "Tobacco smoking status NHIS")),
    status("completed"),
    ts("effectiveTime", when, "day"),
    valueCd(status_, refId),
  );
}

export function plannedEntry(what: Coded, refId: string, when: LocalMoment): XmlElement {
  return el(
    "observation",
    { classCode: "OBS", moodCode: "RQO" },
    templateId("2.16.840.1.113883.10.20.22.4.44", "2014-06-09"),
    ii(stableUuid(`plan|${refId}`)),
    coded("code", what, {}, originalText(refId)),
    status("active"),
    ts("effectiveTime", when, "day"),
  );
}
