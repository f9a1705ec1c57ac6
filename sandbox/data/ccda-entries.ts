/** Coded C-CDA R2.1 entries (the machine-readable side of each section), each pointing at its narrative. */
import { CCDA_R21, coded, ii, originalText, templateId, ts, valueCd } from "./ccda-common";
import type { LocalMoment } from "./hl7-time";
import { hl7Ts } from "./hl7-time";
import { lastOccurrence, medicationAsOf, problemAsOf } from "./clinical-course";
import { stableUuid } from "./prng";
import type { AllergyItem, ImmunizationItem, MedicationItem, ProblemItem, ProcedureItem } from "./profiles";
import { snomed } from "./profiles";
import type { XmlElement } from "./xml-writer";
import { el } from "./xml-writer";

const YEAR_DAYS = 365;
const status = (code: string): XmlElement => el("statusCode", { code });

/** The problem as of the document's date: active, or resolved (with its end date when the course knows it). */
export function problemEntry(item: ProblemItem, refId: string, author: LocalMoment): XmlElement {
  const state = problemAsOf(item, author);
  const onset = el("low", { value: item.onset });
  const end =
    state.resolved === undefined
      ? el("high", { nullFlavor: "UNK" })
      : el("high", { value: hl7Ts(state.resolved, "day") });
  const observation = el(
    "observation",
    { classCode: "OBS", moodCode: "EVN" },
    templateId("2.16.840.1.113883.10.20.22.4.4", CCDA_R21),
    ii(stableUuid(`problem-obs|${refId}|${item.code.code}`)),
    coded(
      "code",
      snomed("55607006", "Problem"),
      {},
      el("translation", { code: "75326-9", codeSystem: "2.16.840.1.113883.6.1", displayName: "Problem" }),
    ),
    el("text", null, el("reference", { value: `#${refId}` })),
    status("completed"),
    el("effectiveTime", null, onset, state.status === "resolved" ? end : null),
    valueCd(item.code, refId),
  );
  return el(
    "act",
    { classCode: "ACT", moodCode: "EVN" },
    templateId("2.16.840.1.113883.10.20.22.4.3", CCDA_R21),
    ii(stableUuid(`problem-act|${refId}|${item.code.code}`)),
    el("code", { code: "CONC", codeSystem: "2.16.840.1.113883.5.6", displayName: "Concern" }),
    status(state.status === "active" ? "active" : "completed"),
    el("effectiveTime", null, ts("low", author)),
    el("entryRelationship", { typeCode: "SUBJ" }, observation),
  );
}

/** The medication as of the document's date: its dose then, stopped or not, or the drug it replaced. */
export function medicationEntry(item: MedicationItem, refId: string, asOf: LocalMoment): XmlElement {
  const state = medicationAsOf(item, asOf);
  return el(
    "substanceAdministration",
    { classCode: "SBADM", moodCode: "EVN" },
    templateId("2.16.840.1.113883.10.20.22.4.16", "2014-06-09"),
    ii(stableUuid(`med|${refId}|${state.code.code}`)),
    el("text", null, el("reference", { value: `#${refId}` })),
    status(state.stop === undefined ? "active" : "completed"),
    el(
      "effectiveTime",
      { "xsi:type": "IVL_TS" },
      el("low", { value: hl7Ts(state.start, "day") }),
      state.stop === undefined
        ? el("high", { nullFlavor: "UNK" })
        : el("high", { value: hl7Ts(state.stop, "day") }),
    ),
    el(
      "effectiveTime",
      { "xsi:type": "PIVL_TS", institutionSpecified: "true", operator: "A" },
      el("period", { value: item.periodHours, unit: "h" }),
    ),
    el("routeCode", { code: "C38288", codeSystem: "2.16.840.1.113883.3.26.1.1", displayName: item.route }),
    el("doseQuantity", {
      value: state.doseValue,
      unit: state.doseUnit === "{tbl}" || state.doseUnit === "{puff}" ? undefined : state.doseUnit,
    }),
    el(
      "consumable",
      null,
      el(
        "manufacturedProduct",
        { classCode: "MANU" },
        templateId("2.16.840.1.113883.10.20.22.4.23", "2014-06-09"),
        el("manufacturedMaterial", null, coded("code", state.code, {}, originalText(`${refId}-name`))),
      ),
    ),
  );
}

function allergyReaction(item: AllergyItem, refId: string): XmlElement {
  return el(
    "observation",
    { classCode: "OBS", moodCode: "EVN" },
    templateId("2.16.840.1.113883.10.20.22.4.9", "2014-06-09"),
    ii(stableUuid(`reaction|${refId}`)),
    el("code", { code: "ASSERTION", codeSystem: "2.16.840.1.113883.5.4" }),
    status("completed"),
    valueCd(item.reaction, `${refId}-reaction`),
  );
}

function allergySeverity(item: AllergyItem): XmlElement {
  const severityCode = { mild: "255604002", moderate: "6736007", severe: "24484000" }[item.severity];
  return el(
    "observation",
    { classCode: "OBS", moodCode: "EVN" },
    templateId("2.16.840.1.113883.10.20.22.4.8", "2014-06-09"),
    el("code", { code: "SEV", codeSystem: "2.16.840.1.113883.5.4", displayName: "Severity Observation" }),
    status("completed"),
    valueCd(snomed(severityCode, item.severity)),
  );
}

export function allergyEntry(item: AllergyItem, refId: string, asOf: LocalMoment): XmlElement {
  const reaction = allergyReaction(item, refId);
  const severity = allergySeverity(item);
  const observation = el(
    "observation",
    { classCode: "OBS", moodCode: "EVN" },
    templateId("2.16.840.1.113883.10.20.22.4.7", "2014-06-09"),
    ii(stableUuid(`allergy-obs|${refId}`)),
    el("code", { code: "ASSERTION", codeSystem: "2.16.840.1.113883.5.4" }),
    status("completed"),
    el("effectiveTime", null, el("low", { nullFlavor: "UNK" })),
    valueCd(snomed("419511003", "Propensity to adverse reactions to drug")),
    el(
      "participant",
      { typeCode: "CSM" },
      el(
        "participantRole",
        { classCode: "MANU" },
        el(
          "playingEntity",
          { classCode: "MMAT" },
          coded("code", item.substance, {}, originalText(`${refId}-substance`)),
        ),
      ),
    ),
    el("entryRelationship", { typeCode: "MFST", inversionInd: "true" }, reaction),
    el("entryRelationship", { typeCode: "SUBJ", inversionInd: "true" }, severity),
  );
  return el(
    "act",
    { classCode: "ACT", moodCode: "EVN" },
    templateId("2.16.840.1.113883.10.20.22.4.30", CCDA_R21),
    ii(stableUuid(`allergy-act|${refId}`)),
    el("code", { code: "CONC", codeSystem: "2.16.840.1.113883.5.6" }),
    status("active"),
    el("effectiveTime", null, ts("low", asOf, "day")),
    el("entryRelationship", { typeCode: "SUBJ" }, observation),
  );
}

export function immunizationEntry(item: ImmunizationItem, refId: string, asOf: LocalMoment): XmlElement {
  return el(
    "substanceAdministration",
    { classCode: "SBADM", moodCode: "EVN", negationInd: "false" },
    templateId("2.16.840.1.113883.10.20.22.4.52", CCDA_R21),
    ii(stableUuid(`imm|${refId}`)),
    el("text", null, el("reference", { value: `#${refId}` })),
    status("completed"),
    // A fixed date (so documents agree), else the previous yearly dose: never a date after the document.
    el("effectiveTime", { value: hl7Ts(lastOccurrence(item.yearsAgo * YEAR_DAYS + 40, asOf), "day") }),
    el(
      "consumable",
      null,
      el(
        "manufacturedProduct",
        { classCode: "MANU" },
        templateId("2.16.840.1.113883.10.20.22.4.54", "2014-06-09"),
        el(
          "manufacturedMaterial",
          null,
          coded("code", item.vaccine, {}, originalText(`${refId}-name`)),
          el("lotNumberText", null, item.lot),
        ),
      ),
    ),
  );
}

export function procedureEntry(item: ProcedureItem, refId: string, asOf: LocalMoment): XmlElement {
  return el(
    "procedure",
    { classCode: "PROC", moodCode: "EVN" },
    templateId("2.16.840.1.113883.10.20.22.4.14", "2014-06-09"),
    ii(stableUuid(`proc|${refId}`)),
    coded("code", item.code, {}, originalText(refId)),
    status("completed"),
    el("effectiveTime", { value: hl7Ts(lastOccurrence(item.yearsAgo * YEAR_DAYS + 75, asOf), "day") }),
  );
}
