/** Plain data shapes the generator works from (people, places, clinical facts), independent of CDA and FHIR. */

export const OID = {
  snomed: "2.16.840.1.113883.6.96",
  loinc: "2.16.840.1.113883.6.1",
  rxnorm: "2.16.840.1.113883.6.88",
  cvx: "2.16.840.1.113883.12.292",
  cpt: "2.16.840.1.113883.6.12",
  icd10: "2.16.840.1.113883.6.90",
  npi: "2.16.840.1.113883.4.6",
  raceEthnicity: "2.16.840.1.113883.6.238",
  /** The sample "Riverbend Health" enterprise MRN namespace (the HL7 example OID root). */
  mrn: "2.16.840.1.113883.19.5",
} as const;

export interface Coded {
  code: string;
  display: string;
  /** OID of the code system. */
  system: string;
}

export interface PersonName {
  given: string[];
  family: string;
  prefix?: string;
  suffix?: string;
}

export interface Address {
  lines: string[];
  city: string;
  state: string;
  postalCode: string;
  country: string;
}

export interface Contact {
  name: PersonName;
  relation: Coded;
  phone: string;
  address: Address;
}

export interface ProblemItem {
  code: Coded;
  /** HL7 TS of onset (year-only, month-only or day precision on purpose). */
  onset: string;
  status: "active" | "resolved";
  note: string;
}

export interface MedicationItem {
  code: Coded;
  doseValue: number;
  doseUnit: string;
  route: string;
  /** Every `periodHours` hours. */
  periodHours: number;
  /** Sig in three parts so the narrative can mark up dose and condition: "Take <b>2 tablets</b> twice daily <i>with food</i>." */
  sig: { lead: string; dose: string; middle: string; condition: string; tail: string };
  indication: string;
  startedYearsAgo: number;
}

export interface AllergyItem {
  substance: Coded;
  reaction: Coded;
  severity: "mild" | "moderate" | "severe";
}

export interface LabTest {
  code: Coded;
  unit: string;
  low: number;
  high: number;
  /** Typical value for this patient and its spread. */
  mean: number;
  spread: number;
  digits: number;
}

export interface ImmunizationItem {
  vaccine: Coded;
  yearsAgo: number;
  lot: string;
}

export interface ProcedureItem {
  code: Coded;
  yearsAgo: number;
  note: string;
}

export interface Admission {
  reason: Coded;
  chiefComplaint: string;
  course: readonly string[];
  dischargeInstructions: readonly string[];
}

export interface PatientProfile {
  id: string;
  slug: string;
  mrn: string;
  name: PersonName;
  birth: { year: number; month: number; day: number };
  gender: "female" | "male";
  address: Address;
  phone: string;
  email: string;
  language: { code: string; display: string };
  maritalStatus: Coded;
  religion: Coded;
  race: Coded;
  additionalRace: Coded;
  ethnicity: Coded;
  guardian: Contact;
  emergencyContact: Contact;
  birthplace: { city: string; state: string; country: string };
  smoking: Coded;
  problems: readonly ProblemItem[];
  medications: readonly MedicationItem[];
  allergies: readonly AllergyItem[];
  labs: readonly LabTest[];
  immunizations: readonly ImmunizationItem[];
  procedures: readonly ProcedureItem[];
  admissions: readonly Admission[];
  /** Specialty for consultations and referrals. */
  specialistId: string;
  primaryCareId: string;
  hospitalistId: string;
}

export interface PractitionerProfile {
  id: string;
  name: PersonName;
  npi: string;
  specialty: Coded;
  phone: string;
  organizationId: string;
}

export interface OrganizationProfile {
  id: string;
  name: string;
  npi: string;
  address: Address;
  phone: string;
  email: string;
  facilityType: Coded;
  practiceSetting: Coded;
  zone: "central" | "eastern";
}

export function formatName(name: PersonName): string {
  return (
    [name.prefix, ...name.given, name.family].filter((part) => part !== undefined).join(" ") +
    (name.suffix !== undefined ? `, ${name.suffix}` : "")
  );
}

export function snomed(code: string, display: string): Coded {
  return { code, display, system: OID.snomed };
}
export function loinc(code: string, display: string): Coded {
  return { code, display, system: OID.loinc };
}
export function rxnorm(code: string, display: string): Coded {
  return { code, display, system: OID.rxnorm };
}
export function cvx(code: string, display: string): Coded {
  return { code, display, system: OID.cvx };
}
