/** Header context of the visit: documentationOf/serviceEvent and componentOf/encompassingEncounter. */
import { addrEl, coded, ii, ts } from "./ccda-common";
import { assignedPersonEntity, organizationEl, ORG_ROOT } from "./ccda-record-target";
import type { DocSpec } from "./doc-spec";
import { hl7Ts } from "./hl7-time";
import { NPI_ROOT } from "./practitioners";
import type { XmlElement } from "./xml-writer";
import { el } from "./xml-writer";

export function serviceEvent(spec: DocSpec): XmlElement {
  return el(
    "documentationOf",
    null,
    el(
      "serviceEvent",
      { classCode: "PCPR" },
      el("effectiveTime", null, ts("low", spec.encounter.start), ts("high", spec.encounter.end)),
      el(
        "performer",
        { typeCode: "PRF" },
        el("functionCode", {
          code: "PCP",
          codeSystem: "2.16.840.1.113883.5.88",
          displayName: "Primary Care Physician",
        }),
        el("time", null, el("low", { value: hl7Ts(spec.encounter.start, "day") })),
        assignedPersonEntity("assignedEntity", spec.author, true),
      ),
    ),
  );
}

export function encompassingEncounter(spec: DocSpec): XmlElement {
  const inpatient = spec.kind === "discharge" || spec.kind === "hp";
  const org = spec.organization;
  return el(
    "componentOf",
    null,
    el(
      "encompassingEncounter",
      null,
      ii(`${ORG_ROOT}.3`, spec.encounter.id),
      el("code", {
        code: inpatient ? "IMP" : "AMB",
        codeSystem: "2.16.840.1.113883.5.4",
        displayName: inpatient ? "inpatient encounter" : "ambulatory",
      }),
      el("effectiveTime", null, ts("low", spec.encounter.start), ts("high", spec.encounter.end)),
      spec.kind === "discharge"
        ? el("dischargeDispositionCode", {
            code: "01",
            codeSystem: "2.16.840.1.113883.12.112",
            displayName: "Discharged to home or self care (routine discharge)",
          })
        : null,
      el("responsibleParty", null, assignedPersonEntity("assignedEntity", spec.author)),
      el("encounterParticipant", { typeCode: "ATND" }, assignedPersonEntity("assignedEntity", spec.author)),
      el(
        "location",
        null,
        el(
          "healthCareFacility",
          null,
          ii(NPI_ROOT, org.npi),
          coded("code", org.facilityType),
          el("location", null, el("name", null, org.name), addrEl(org.address, "WP")),
          organizationEl("serviceProviderOrganization", org),
        ),
      ),
    ),
  );
}
