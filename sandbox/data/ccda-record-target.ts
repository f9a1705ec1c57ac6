/** Header participants about people and places: the patient (recordTarget), clinicians and organizations. */
import { addrEl, coded, emailEl, ii, nameEl, telecomEl } from "./ccda-common";
import type { DocSpec } from "./doc-spec";
import { NPI_ROOT, organization, practitioner } from "./practitioners";
import type { OrganizationProfile, PatientProfile, PractitionerProfile } from "./profiles";
import { OID } from "./profiles";
import type { XmlElement } from "./xml-writer";
import { el } from "./xml-writer";

/** OID root of the sample enterprise's own identifiers (encounters, orders, consents, devices). */
export const ORG_ROOT = "2.16.840.1.113883.19.5.99999";

export function organizationEl(name: string, org: OrganizationProfile): XmlElement {
  return el(
    name,
    null,
    ii(NPI_ROOT, org.npi),
    el("name", null, org.name),
    telecomEl(org.phone, "WP"),
    addrEl(org.address, "WP"),
  );
}

export function assignedPersonEntity(name: string, person: PractitionerProfile, withOrg = false): XmlElement {
  const org = organization(person.organizationId);
  return el(
    name,
    null,
    ii(NPI_ROOT, person.npi),
    coded("code", person.specialty),
    addrEl(org.address, "WP"),
    telecomEl(person.phone, "WP"),
    el("assignedPerson", null, nameEl(person.name)),
    withOrg ? organizationEl("representedOrganization", org) : null,
  );
}

function guardianEl(p: PatientProfile): XmlElement {
  return el(
    "guardian",
    null,
    coded("code", p.guardian.relation),
    addrEl(p.guardian.address),
    telecomEl(p.guardian.phone, "MC"),
    el("guardianPerson", null, nameEl(p.guardian.name)),
  );
}

function languageEl(p: PatientProfile): XmlElement {
  const fair = p.language.code === "cs";
  return el(
    "languageCommunication",
    null,
    el("languageCode", { code: p.language.code }),
    el("modeCode", { code: "ESP", codeSystem: "2.16.840.1.113883.5.60", displayName: "Expressed spoken" }),
    el("proficiencyLevelCode", {
      code: fair ? "F" : "E",
      codeSystem: "2.16.840.1.113883.5.61",
      displayName: fair ? "Fair" : "Excellent",
    }),
    el("preferenceInd", { value: "true" }),
  );
}

function patientEl(p: PatientProfile): XmlElement {
  const birth = `${p.birth.year}${String(p.birth.month).padStart(2, "0")}${String(p.birth.day).padStart(2, "0")}`;
  return el(
    "patient",
    null,
    nameEl(p.name, "L"),
    el("administrativeGenderCode", {
      code: p.gender === "female" ? "F" : "M",
      codeSystem: "2.16.840.1.113883.5.1",
      displayName: p.gender === "female" ? "Female" : "Male",
    }),
    el("birthTime", { value: birth }),
    coded("maritalStatusCode", p.maritalStatus),
    coded("religiousAffiliationCode", p.religion),
    coded("raceCode", p.race),
    coded("sdtc:raceCode", p.additionalRace),
    coded("ethnicGroupCode", p.ethnicity),
    guardianEl(p),
    el(
      "birthplace",
      null,
      el(
        "place",
        null,
        el(
          "addr",
          null,
          el("city", null, p.birthplace.city),
          el("state", null, p.birthplace.state),
          el("country", null, p.birthplace.country),
        ),
      ),
    ),
    languageEl(p),
  );
}

export function recordTarget(spec: DocSpec): XmlElement {
  const p = spec.patient;
  const home = organization(practitioner(p.primaryCareId).organizationId);
  return el(
    "recordTarget",
    null,
    el(
      "patientRole",
      null,
      ii(OID.mrn, p.mrn),
      ii(`${ORG_ROOT}.1`, `ENT-${p.mrn.slice(3)}`),
      addrEl(p.address, "HP"),
      telecomEl(p.phone, "HP"),
      emailEl(p.email, "HP"),
      patientEl(p),
      organizationEl("providerOrganization", home),
    ),
  );
}
