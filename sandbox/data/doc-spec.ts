/** What the generator decides about one document before writing it (the C-CDA and its DocumentReference). */
import type { LocalMoment } from "./hl7-time";
import type { Admission, OrganizationProfile, PatientProfile, PractitionerProfile } from "./profiles";

export type DocKind = "ccd" | "discharge" | "progress" | "referral" | "consult" | "hp";

export interface DocKindInfo {
  loinc: string;
  /** LOINC display, as US Core lists it. */
  display: string;
  title: string;
  templateId: string;
}

export const DOC_KINDS: Readonly<Record<DocKind, DocKindInfo>> = {
  ccd: {
    loinc: "34133-9",
    display: "Summary of episode note",
    title: "Continuity of Care Document",
    templateId: "2.16.840.1.113883.10.20.22.1.2",
  },
  discharge: {
    loinc: "18842-5",
    display: "Discharge summary",
    title: "Discharge Summary",
    templateId: "2.16.840.1.113883.10.20.22.1.8",
  },
  progress: {
    loinc: "11506-3",
    display: "Progress note",
    title: "Progress Note",
    templateId: "2.16.840.1.113883.10.20.22.1.9",
  },
  referral: {
    loinc: "57133-1",
    display: "Referral note",
    title: "Referral Note",
    templateId: "2.16.840.1.113883.10.20.22.1.14",
  },
  consult: {
    loinc: "11488-4",
    display: "Consult note",
    title: "Consultation Note",
    templateId: "2.16.840.1.113883.10.20.22.1.4",
  },
  hp: {
    loinc: "34117-2",
    display: "History and physical note",
    title: "History and Physical",
    templateId: "2.16.840.1.113883.10.20.22.1.3",
  },
};

/** How the document's bytes are written (real documents come with BOMs, CRLF and other encodings). */
export type DocEncoding = "utf-8" | "utf-8-bom-crlf" | "utf-16le-bom" | "utf-8-crlf";

export interface DocVersion {
  number: number;
  /** CDA setId extension shared by every version. */
  setId: string;
  /** The version this one replaces (CDA relatedDocument RPLC, FHIR relatesTo replaces). */
  replaces?: { docId: string; cdaId: string; number: number };
}

export interface DocSpec {
  docId: string;
  binaryId: string;
  /** CDA ClinicalDocument/id/@root (UUID). */
  cdaId: string;
  kind: DocKind;
  title: string;
  patient: PatientProfile;
  author: PractitionerProfile;
  organization: OrganizationProfile;
  effective: LocalMoment;
  encounter: { id: string; start: LocalMoment; end: LocalMoment };
  admission?: Admission;
  version: DocVersion;
  confidentiality: "N" | "R";
  docStatus: "final" | "preliminary" | "amended";
  status: "current" | "superseded";
  /** Include the sections that exercise every narrative feature. */
  showcase: boolean;
  /** Problems, medications and results with an empty `<text/>` (entries only). */
  emptyNarratives: boolean;
  encoding: DocEncoding;
  /** The xml-stylesheet href written by the BOM/CRLF/UTF-16 encodings (default `cda.xsl`). */
  stylesheetHref?: string;
  /** Header templateIds without the 2015-08-01 extension (C-CDA R1.1 style, as Soarian's SOEN). */
  headerTemplatesR11?: boolean;
  /** Also offer a PDF rendition as a second `content` entry (as some EHRs do). */
  pdfRendition: boolean;
  /** Extra result rows / encounters to grow the document (scale mode). */
  bulkRows: number;
  seed: number;
}
