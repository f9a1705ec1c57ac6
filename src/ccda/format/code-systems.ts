/** Names of common code systems (by OID) and small HL7 v3 tables used when a code has no displayName. */

export const CODE_SYSTEMS: Readonly<Record<string, string>> = {
  "2.16.840.1.113883.6.1": "LOINC",
  "2.16.840.1.113883.6.96": "SNOMED CT",
  "2.16.840.1.113883.6.88": "RxNorm",
  "2.16.840.1.113883.6.90": "ICD-10-CM",
  "2.16.840.1.113883.6.4": "ICD-10-PCS",
  "2.16.840.1.113883.6.103": "ICD-9-CM",
  "2.16.840.1.113883.6.104": "ICD-9-CM procedures",
  "2.16.840.1.113883.6.12": "CPT",
  "2.16.840.1.113883.6.285": "HCPCS",
  "2.16.840.1.113883.12.292": "CVX",
  "2.16.840.1.113883.6.69": "NDC",
  "2.16.840.1.113883.6.8": "UCUM",
  "2.16.840.1.113883.6.238": "CDC Race and Ethnicity",
  "2.16.840.1.113883.6.101": "NUCC Provider Taxonomy",
  "2.16.840.1.113883.3.26.1.1": "NCI Thesaurus",
  "2.16.840.1.113883.4.9": "UNII",
  "2.16.840.1.113883.5.1": "HL7 AdministrativeGender",
  "2.16.840.1.113883.5.2": "HL7 MaritalStatus",
  "2.16.840.1.113883.5.25": "HL7 Confidentiality",
  "2.16.840.1.113883.5.4": "HL7 ActCode",
  "2.16.840.1.113883.5.6": "HL7 ActClass",
  "2.16.840.1.113883.5.14": "HL7 ActStatus",
  "2.16.840.1.113883.5.83": "HL7 ObservationInterpretation",
  "2.16.840.1.113883.5.88": "HL7 ParticipationFunction",
  "2.16.840.1.113883.5.90": "HL7 ParticipationType",
  "2.16.840.1.113883.5.110": "HL7 RoleClass",
  "2.16.840.1.113883.5.111": "HL7 RoleCode",
  "2.16.840.1.113883.5.112": "HL7 RouteOfAdministration",
  "2.16.840.1.113883.5.1076": "HL7 ReligiousAffiliation",
  "2.16.840.1.113883.5.60": "HL7 LanguageAbilityMode",
  "2.16.840.1.113883.5.61": "HL7 LanguageAbilityProficiency",
  "2.16.840.1.113883.5.1063": "HL7 ObservationValue",
  "2.16.840.1.113883.3.88.12.3221.7.4": "Problem severity",
  "2.16.840.1.113883.12.112": "HL7 Discharge disposition",
  "2.16.840.1.113883.12.264": "HL7 v2 Ethnic group",
  "2.16.840.1.113883.12.443": "HL7 v2 Provider role",
};

/** Known codes of small HL7 v3 tables, so a bare code still reads as words. */
export const V3_TABLES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  "2.16.840.1.113883.5.1": { M: "Male", F: "Female", UN: "Undifferentiated" },
  "2.16.840.1.113883.5.2": {
    A: "Annulled",
    D: "Divorced",
    I: "Interlocutory",
    L: "Legally separated",
    M: "Married",
    P: "Polygamous",
    S: "Never married",
    T: "Domestic partner",
    U: "Unmarried",
    W: "Widowed",
  },
  "2.16.840.1.113883.5.25": {
    N: "Normal",
    R: "Restricted",
    V: "Very restricted",
    L: "Low",
    M: "Moderate",
    U: "Unrestricted",
  },
  "2.16.840.1.113883.5.88": {
    PCP: "Primary care physician",
    ADMPHYS: "Admitting physician",
    ATTPHYS: "Attending physician",
    DISPHYS: "Discharging physician",
    RNDPHYS: "Rounding physician",
    ANEST: "Anesthesist",
    ANRS: "Anesthesia nurse",
    FASST: "First assistant surgeon",
    SASST: "Second assistant surgeon",
    NASST: "Nurse assistant",
    SNRS: "Scrub nurse",
    TASST: "Third assistant",
    PRISURG: "Primary surgeon",
    MDWF: "Midwife",
  },
  "2.16.840.1.113883.12.443": {
    AD: "Admitting",
    AT: "Attending",
    CP: "Consulting provider",
    FHCP: "Family health care professional",
    PP: "Primary care provider",
    RP: "Referring provider",
    RT: "Referred to provider",
  },
  "2.16.840.1.113883.5.60": {
    ESGN: "Expressed signed",
    ESP: "Expressed spoken",
    EWR: "Expressed written",
    RSGN: "Received signed",
    RSP: "Received spoken",
    RWR: "Received written",
  },
  "2.16.840.1.113883.5.61": { E: "Excellent", F: "Fair", G: "Good", P: "Poor" },
  "2.16.840.1.113883.5.14": {
    active: "Active",
    completed: "Completed",
    aborted: "Aborted",
    cancelled: "Cancelled",
    held: "Held",
    new: "New",
    suspended: "Suspended",
    nullified: "Nullified",
    obsolete: "Obsolete",
  },
  "2.16.840.1.113883.5.83": {
    N: "Normal",
    L: "Low",
    H: "High",
    LL: "Critically low",
    HH: "Critically high",
    A: "Abnormal",
    AA: "Critically abnormal",
    POS: "Positive",
    NEG: "Negative",
  },
};

/** A readable code-system name, if known. */
export function codeSystemName(oid: string | undefined, fallbackName?: string): string | undefined {
  if (oid !== undefined) {
    const known = CODE_SYSTEMS[oid];
    if (known !== undefined) return known;
  }
  return fallbackName;
}

/** The words for a code of a known small v3 table. */
export function v3Label(oid: string | undefined, code: string | undefined): string | undefined {
  if (oid === undefined || code === undefined) return undefined;
  return V3_TABLES[oid]?.[code];
}
