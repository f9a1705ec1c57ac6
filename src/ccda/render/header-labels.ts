/** Words for the HL7 v3 codes used as attributes in the header (typeCode, classCode, signatureCode …). */

const PARTICIPATION_TYPES: Readonly<Record<string, string>> = {
  IND: "Indirect participant",
  CALLBCK: "Callback contact",
  HLD: "Holder",
  VRF: "Verifier",
  AUTHEN: "Authenticator",
  LA: "Legal authenticator",
  ADM: "Admitter",
  ATND: "Attender",
  CON: "Consultant",
  DIS: "Discharger",
  REF: "Referrer",
  PRF: "Performer",
  PPRF: "Primary performer",
  SPRF: "Secondary performer",
  ESC: "Escort",
  TRANS: "Transcriptionist",
  CST: "Custodian",
  DEV: "Device",
  LOC: "Location",
  WIT: "Witness",
  COV: "Covered party",
  RESP: "Responsible party",
  ENT: "Data enterer",
  INF: "Informant",
  AUT: "Author",
};

const ROLE_CLASSES: Readonly<Record<string, string>> = {
  ECON: "Emergency contact",
  NOK: "Next of kin",
  GUARD: "Guardian",
  CAREGIVER: "Caregiver",
  PRS: "Personal relationship",
  AGNT: "Agent",
  GUAR: "Guarantor",
  POLHOLD: "Policy holder",
  PROV: "Healthcare provider",
  PAT: "Patient",
  QUAL: "Qualified entity",
  ASSIGNED: "Assigned entity",
  CON: "Contact",
  COVPTY: "Covered party",
  SELF: "Self",
  MIL: "Military person",
  SPNSR: "Sponsor",
  SUBSCR: "Subscriber",
  EMP: "Employee",
  CIT: "Citizen",
  INST: "Investigator",
};

const RELATED_DOC_TYPES: Readonly<Record<string, string>> = {
  RPLC: "Replaces",
  APND: "Appends",
  XFRM: "Transforms",
};

const SIGNATURE_CODES: Readonly<Record<string, string>> = {
  S: "Signed",
  I: "Intended",
  X: "Signature required",
};

const ENCOUNTER_PARTICIPANTS: Readonly<Record<string, string>> = {
  ATND: "Attending",
  ADM: "Admitting",
  CON: "Consulting",
  DIS: "Discharging",
  REF: "Referring",
};

function label(table: Readonly<Record<string, string>>, code: string | undefined): string | undefined {
  if (code === undefined) return undefined;
  return table[code] ?? code;
}

export const participationLabel = (c: string | undefined): string | undefined =>
  label(PARTICIPATION_TYPES, c);
export const roleClassLabel = (c: string | undefined): string | undefined => label(ROLE_CLASSES, c);
export const relatedDocLabel = (c: string | undefined): string | undefined => label(RELATED_DOC_TYPES, c);
export const signatureLabel = (c: string | undefined): string | undefined => label(SIGNATURE_CODES, c);
export const encounterParticipantLabel = (c: string | undefined): string | undefined =>
  label(ENCOUNTER_PARTICIPANTS, c);
