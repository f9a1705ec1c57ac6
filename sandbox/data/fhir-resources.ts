/** FHIR R4 resources (Patient, Practitioner, Organization) for the sample people and places. */
import type { Organization, Patient, Practitioner } from "fhir/r4";
import type { OrganizationProfile, PatientProfile, PractitionerProfile } from "./profiles";
import { formatName, OID } from "./profiles";

const pad2 = (value: number): string => String(value).padStart(2, "0");

export function birthDateText(profile: PatientProfile): string {
  return `${profile.birth.year}-${pad2(profile.birth.month)}-${pad2(profile.birth.day)}`;
}

export function toFhirPatient(profile: PatientProfile): Patient {
  const { name, address } = profile;
  return {
    resourceType: "Patient",
    id: profile.id,
    identifier: [
      {
        use: "usual",
        type: {
          coding: [
            {
              system: "http://terminology.hl7.org/CodeSystem/v2-0203",
              code: "MR",
              display: "Medical Record Number",
            },
          ],
          text: "MRN",
        },
        system: `urn:oid:${OID.mrn}`,
        value: profile.mrn,
      },
    ],
    active: true,
    name: [
      {
        use: "official",
        text: [...name.given, name.family].join(" ") + (name.suffix !== undefined ? ` ${name.suffix}` : ""),
        family: name.family,
        given: name.given,
        ...(name.suffix !== undefined ? { suffix: [name.suffix] } : {}),
      },
    ],
    telecom: [
      { system: "phone", value: profile.phone, use: "home" },
      { system: "email", value: profile.email },
    ],
    gender: profile.gender,
    birthDate: birthDateText(profile),
    address: [
      {
        use: "home",
        line: address.lines,
        city: address.city,
        state: address.state,
        postalCode: address.postalCode,
        country: address.country,
      },
    ],
    maritalStatus: {
      coding: [
        {
          system: "http://terminology.hl7.org/CodeSystem/v3-MaritalStatus",
          code: profile.maritalStatus.code,
          display: profile.maritalStatus.display,
        },
      ],
    },
    communication: [
      {
        language: {
          coding: [
            { system: "urn:ietf:bcp:47", code: profile.language.code, display: profile.language.display },
          ],
          text: profile.language.display,
        },
        preferred: true,
      },
    ],
  };
}

export function toFhirPractitioner(profile: PractitionerProfile): Practitioner {
  return {
    resourceType: "Practitioner",
    id: profile.id,
    identifier: [{ system: "http://hl7.org/fhir/sid/us-npi", value: profile.npi }],
    active: true,
    name: [
      {
        text: formatName(profile.name),
        family: profile.name.family,
        given: profile.name.given,
        ...(profile.name.suffix !== undefined ? { suffix: [profile.name.suffix] } : {}),
      },
    ],
    telecom: [{ system: "phone", value: profile.phone, use: "work" }],
    qualification: [
      {
        code: {
          coding: [
            {
              system: "http://nucc.org/provider-taxonomy",
              code: profile.specialty.code,
              display: profile.specialty.display,
            },
          ],
          text: profile.specialty.display,
        },
      },
    ],
  };
}

export function toFhirOrganization(profile: OrganizationProfile): Organization {
  return {
    resourceType: "Organization",
    id: profile.id,
    identifier: [{ system: "http://hl7.org/fhir/sid/us-npi", value: profile.npi }],
    active: true,
    name: profile.name,
    telecom: [
      { system: "phone", value: profile.phone, use: "work" },
      { system: "email", value: profile.email, use: "work" },
    ],
    address: [
      {
        use: "work",
        line: profile.address.lines,
        city: profile.address.city,
        state: profile.address.state,
        postalCode: profile.address.postalCode,
        country: profile.address.country,
      },
    ],
  };
}
