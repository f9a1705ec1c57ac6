/** The sample patients (invented people) and their FHIR Patient resources. */
import { AVA_HISTORY } from "./clinical-ava";
import { LENA_HISTORY } from "./clinical-lena";
import { MARCUS_HISTORY } from "./clinical-marcus";
import type { Coded, Contact, PatientProfile } from "./profiles";
import { OID, snomed } from "./profiles";

const race = (code: string, display: string): Coded => ({ code, display, system: OID.raceEthnicity });
const v3 = (code: string, display: string, system: string): Coded => ({ code, display, system });
const MARITAL = "2.16.840.1.113883.5.2";
const RELIGION = "2.16.840.1.113883.5.1076";
const ROLE = "2.16.840.1.113883.5.111";

function contact(given: string, family: string, relation: Coded, phone: string, street: string): Contact {
  return {
    name: { given: [given], family },
    relation,
    phone,
    address: { lines: [street], city: "Riverbend", state: "IL", postalCode: "61820", country: "US" },
  };
}

export const PATIENTS: readonly PatientProfile[] = [
  {
    id: "p-ava-reyes",
    slug: "ava-reyes",
    mrn: "RB-100234",
    name: { given: ["Ava", "Lucía"], family: "Reyes" },
    birth: { year: 1984, month: 3, day: 12 },
    gender: "female",
    address: {
      lines: ["418 Willow Bend Road", "Apt 3B"],
      city: "Riverbend",
      state: "IL",
      postalCode: "61820",
      country: "US",
    },
    phone: "+1-217-555-0142",
    email: "ava.reyes@example.com",
    language: { code: "en-US", display: "English (United States)" },
    maritalStatus: v3("M", "Married", MARITAL),
    religion: v3("1041", "Roman Catholic Church", RELIGION),
    race: race("2106-3", "White"),
    additionalRace: race("1002-5", "American Indian or Alaska Native"),
    ethnicity: race("2135-2", "Hispanic or Latino"),
    guardian: contact(
      "Daniel",
      "Reyes",
      v3("HUSB", "husband", ROLE),
      "+1-217-555-0143",
      "418 Willow Bend Road",
    ),
    emergencyContact: contact(
      "Marisol",
      "Ortega",
      v3("SIS", "sister", ROLE),
      "+1-217-555-0188",
      "92 Prairie Lane",
    ),
    birthplace: { city: "San Antonio", state: "TX", country: "US" },
    smoking: snomed("8517006", "Ex-smoker"),
    ...AVA_HISTORY,
    specialistId: "pr-kwame-asante",
    primaryCareId: "pr-priya-raman",
    hospitalistId: "pr-tomas-ibarra",
  },
  {
    id: "p-marcus-okafor",
    slug: "marcus-okafor",
    mrn: "RB-100871",
    name: { given: ["Marcus", "Chidi"], family: "Okafor", suffix: "Jr." },
    birth: { year: 1958, month: 11, day: 2 },
    gender: "male",
    address: {
      lines: ["2207 Harbor View Drive"],
      city: "Lakeside",
      state: "IL",
      postalCode: "61822",
      country: "US",
    },
    phone: "+1-217-555-0907",
    email: "m.okafor@example.org",
    language: { code: "en-US", display: "English (United States)" },
    maritalStatus: v3("W", "Widowed", MARITAL),
    religion: v3("1013", "Christian (non-Catholic, non-specific)", RELIGION),
    race: race("2054-5", "Black or African American"),
    additionalRace: race("2058-6", "African American"),
    ethnicity: race("2186-5", "Not Hispanic or Latino"),
    guardian: contact(
      "Adaeze",
      "Okafor-Bell",
      v3("DAU", "daughter", ROLE),
      "+1-217-555-0911",
      "15 Linden Court",
    ),
    emergencyContact: contact(
      "Adaeze",
      "Okafor-Bell",
      v3("DAU", "daughter", ROLE),
      "+1-217-555-0911",
      "15 Linden Court",
    ),
    birthplace: { city: "Chicago", state: "IL", country: "US" },
    smoking: snomed("8517006", "Ex-smoker"),
    ...MARCUS_HISTORY,
    specialistId: "pr-samuel-whitford",
    primaryCareId: "pr-grace-lindqvist",
    hospitalistId: "pr-tomas-ibarra",
  },
  {
    id: "p-lena-novak",
    slug: "lena-novak",
    mrn: "RB-102455",
    name: { given: ["Lena"], family: "Novak" },
    birth: { year: 1997, month: 7, day: 25 },
    gender: "female",
    address: {
      lines: ["77 Müller Street", "Unit 5"],
      city: "Riverbend",
      state: "IL",
      postalCode: "61821",
      country: "US",
    },
    phone: "+1-217-555-0376",
    email: "lena.novak@example.net",
    language: { code: "cs", display: "Czech" },
    maritalStatus: v3("S", "Never Married", MARITAL),
    religion: v3("1029", "Other", RELIGION),
    race: race("2106-3", "White"),
    additionalRace: race("2108-9", "European"),
    ethnicity: race("2186-5", "Not Hispanic or Latino"),
    guardian: contact("Jana", "Nováková", v3("MTH", "mother", ROLE), "+1-217-555-0371", "12 Orchard Way"),
    emergencyContact: contact(
      "Tomáš",
      "Novák",
      v3("BRO", "brother", ROLE),
      "+1-217-555-0379",
      "480 Elm Avenue",
    ),
    birthplace: { city: "Brno", state: "South Moravian", country: "CZ" },
    smoking: snomed("266919005", "Never smoked tobacco"),
    ...LENA_HISTORY,
    specialistId: "pr-helena-brandt",
    primaryCareId: "pr-priya-raman",
    hospitalistId: "pr-noor-haddad",
  },
];
