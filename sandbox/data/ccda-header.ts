/** The C-CDA R2.1 US Realm header: every participant a real document carries. */
import { addrEl, CCDA_R21, coded, ii, nameEl, telecomEl, templateId, ts } from "./ccda-common";
import { encompassingEncounter, serviceEvent } from "./ccda-encounter";
import { assignedPersonEntity, organizationEl, ORG_ROOT, recordTarget } from "./ccda-record-target";
import type { DocSpec } from "./doc-spec";
import { DOC_KINDS } from "./doc-spec";
import { addMinutes } from "./hl7-time";
import { organization, practitioner } from "./practitioners";
import { loinc } from "./profiles";
import type { XmlElement } from "./xml-writer";
import { el } from "./xml-writer";

function authors(spec: DocSpec): XmlElement[] {
  const person = el(
    "author",
    null,
    ts("time", spec.effective),
    assignedPersonEntity("assignedAuthor", spec.author, true),
  );
  const device = el(
    "author",
    null,
    ts("time", spec.effective, "second"),
    el(
      "assignedAuthor",
      null,
      ii(`${ORG_ROOT}.2`, "EHR-RIVERBEND-01"),
      addrEl(spec.organization.address, "WP"),
      telecomEl(spec.organization.phone, "WP"),
      el(
        "assignedAuthoringDevice",
        null,
        el("manufacturerModelName", null, "Riverbend Clinical Records"),
        el("softwareName", null, "RCR Document Service 7.4"),
      ),
      organizationEl("representedOrganization", spec.organization),
    ),
  );
  return [person, device];
}

function recipients(spec: DocSpec): XmlElement[] {
  const nurse = practitioner("pr-jordan-ellis");
  const recipient = practitioner(spec.patient.primaryCareId);
  const guardian = spec.patient.guardian;
  return [
    el(
      "dataEnterer",
      null,
      ts("time", addMinutes(spec.effective, -20)),
      assignedPersonEntity("assignedEntity", nurse),
    ),
    el(
      "informant",
      null,
      el(
        "relatedEntity",
        { classCode: "PRS" },
        coded("code", guardian.relation),
        el("relatedPerson", null, nameEl(guardian.name)),
      ),
    ),
    el(
      "custodian",
      null,
      el("assignedCustodian", null, organizationEl("representedCustodianOrganization", spec.organization)),
    ),
    el(
      "informationRecipient",
      null,
      el(
        "intendedRecipient",
        null,
        el("informationRecipient", null, nameEl(recipient.name)),
        el("receivedOrganization", null, el("name", null, organization(recipient.organizationId).name)),
      ),
    ),
  ];
}

function signers(spec: DocSpec): XmlElement[] {
  const signed = (name: string, minutes: number, who: XmlElement) =>
    el(
      name,
      null,
      ts("time", addMinutes(spec.effective, minutes), "second"),
      el("signatureCode", { code: "S" }),
      who,
    );
  const contact = spec.patient.emergencyContact;
  return [
    signed("legalAuthenticator", 45, assignedPersonEntity("assignedEntity", spec.author)),
    signed("authenticator", 30, assignedPersonEntity("assignedEntity", practitioner("pr-jordan-ellis"))),
    el(
      "participant",
      { typeCode: "IND" },
      el(
        "associatedEntity",
        { classCode: "ECON" },
        coded("code", contact.relation),
        addrEl(contact.address),
        telecomEl(contact.phone, "MC"),
        el("associatedPerson", null, nameEl(contact.name)),
      ),
    ),
  ];
}

function participants(spec: DocSpec): XmlElement[] {
  return [...recipients(spec), ...signers(spec)];
}

function relatedDocument(spec: DocSpec): XmlElement | null {
  const replaced = spec.version.replaces;
  if (replaced === undefined) return null;
  return el(
    "relatedDocument",
    { typeCode: "RPLC" },
    el(
      "parentDocument",
      null,
      ii(replaced.cdaId),
      el("setId", { root: ORG_ROOT, extension: spec.version.setId }),
      el("versionNumber", { value: replaced.number }),
    ),
  );
}

/** Header children of ClinicalDocument, in CDA schema order. */
export function headerElements(spec: DocSpec, bodyTemplateId: string | null): XmlElement[] {
  const kind = DOC_KINDS[spec.kind];
  // Soarian's published SOEN carries the C-CDA R1.1 header templateIds (no extension).
  const version = spec.headerTemplatesR11 === true ? undefined : CCDA_R21;
  return [
    el("realmCode", { code: "US" }),
    el("typeId", { root: "2.16.840.1.113883.1.3", extension: "POCD_HD000040" }),
    templateId("2.16.840.1.113883.10.20.22.1.1", version),
    templateId(bodyTemplateId ?? kind.templateId, version),
    ii(spec.cdaId),
    coded("code", loinc(kind.loinc, kind.display), { codeSystemName: "LOINC" }),
    el("title", null, spec.title),
    ts("effectiveTime", spec.effective, "second"),
    el("confidentialityCode", {
      code: spec.confidentiality,
      codeSystem: "2.16.840.1.113883.5.25",
      displayName: spec.confidentiality === "R" ? "restricted" : "normal",
    }),
    el("languageCode", { code: "en-US" }),
    el("setId", { root: ORG_ROOT, extension: spec.version.setId }),
    el("versionNumber", { value: spec.version.number }),
    recordTarget(spec),
    ...authors(spec),
    ...participants(spec),
    el("inFulfillmentOf", null, el("order", null, ii(`${ORG_ROOT}.4`, `ORD-${spec.encounter.id}`))),
    serviceEvent(spec),
    relatedDocument(spec),
    el(
      "authorization",
      null,
      el(
        "consent",
        null,
        ii(`${ORG_ROOT}.5`, `CNS-${spec.patient.mrn}`),
        coded("code", loinc("59284-0", "Consent Document")),
        el("statusCode", { code: "completed" }),
      ),
    ),
    encompassingEncounter(spec),
  ].filter((node): node is XmlElement => node !== null);
}
