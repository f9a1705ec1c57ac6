/** Builds FHIR DocumentReferences (and their Binaries) from document metadata and bytes. */
import type { Coding, DocumentReference, DocumentReferenceContext } from "fhir/r4";
import type { LocalMoment } from "./hl7-time";
import { fhirDateTime } from "./hl7-time";
import type { OrganizationProfile, PatientProfile, PractitionerProfile } from "./profiles";
import { formatName } from "./profiles";
import type { StoredBinary } from "./types";

export const FORMAT = {
  structured: {
    system: "http://ihe.net/fhir/ihe.formatcode.fhir/CodeSystem/formatcode",
    code: "urn:hl7-org:sdwg:ccda-structuredBody:2.1",
    display: "Documents following C-CDA constraints using a structured body",
  },
  nonXml: {
    system: "http://ihe.net/fhir/ihe.formatcode.fhir/CodeSystem/formatcode",
    code: "urn:hl7-org:sdwg:ccda-nonXMLBody:2.1",
    display: "Documents following C-CDA constraints using a non structured body",
  },
  mimeSufficient: {
    system: "urn:oid:1.3.6.1.4.1.19376.1.2.3",
    code: "urn:ihe:iti:xds:2017:mimeTypeSufficient",
    display: "mimeType Sufficient",
  },
} as const satisfies Record<string, Coding>;

export interface DocMeta {
  id: string;
  patient: PatientProfile;
  status: "current" | "superseded";
  docStatus: "final" | "preliminary" | "amended";
  type: { code: string; display: string };
  title: string;
  date: LocalMoment;
  period: { start: LocalMoment; end: LocalMoment };
  author: PractitionerProfile;
  organization: OrganizationProfile;
  confidentiality: "N" | "R";
  /** DocumentReference id this one replaces. */
  replaces?: string;
  description?: string;
}

export interface DocContent {
  contentType: string;
  bytes: Uint8Array;
  /** Set: served as `Binary/<id>`; unset: inline base64 `attachment.data` (Soarian clinical notes). */
  binaryId?: string;
  format?: Coding;
}

export interface GeneratedDoc {
  documentReference: DocumentReference;
  binary?: StoredBinary;
  /** Binaries of further `content` entries (e.g. a PDF rendition). */
  extraBinaries?: StoredBinary[];
}

const CONFIDENTIALITY = "http://terminology.hl7.org/CodeSystem/v3-Confidentiality";
const CATEGORY = "http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category";

function attachment(meta: DocMeta, content: DocContent) {
  const common = {
    contentType: content.contentType,
    title: meta.title,
    size: content.bytes.length,
    creation: fhirDateTime(meta.date),
  };
  return content.binaryId !== undefined
    ? { ...common, url: `Binary/${content.binaryId}` }
    : { ...common, data: Buffer.from(content.bytes).toString("base64") };
}

function documentContext(meta: DocMeta): DocumentReferenceContext {
  const org = meta.organization;
  return {
    period: { start: fhirDateTime(meta.period.start), end: fhirDateTime(meta.period.end) },
    facilityType: {
      coding: [
        {
          system: "http://snomed.info/sct",
          code: org.facilityType.code,
          display: org.facilityType.display,
        },
      ],
      text: org.name,
    },
    practiceSetting: {
      coding: [
        {
          system: "http://snomed.info/sct",
          code: org.practiceSetting.code,
          display: org.practiceSetting.display,
        },
      ],
      text: org.practiceSetting.display,
    },
  };
}

export function generateDoc(meta: DocMeta, content: DocContent): GeneratedDoc {
  const { organization: org } = meta;
  const documentReference: DocumentReference = {
    resourceType: "DocumentReference",
    id: meta.id,
    identifier: [{ system: "urn:ietf:rfc:3986", value: `urn:uuid:${meta.id}` }],
    status: meta.status,
    docStatus: meta.docStatus,
    type: {
      coding: [{ system: "http://loinc.org", code: meta.type.code, display: meta.type.display }],
      text: meta.type.display,
    },
    category: [
      {
        coding: [{ system: CATEGORY, code: "clinical-note", display: "Clinical Note" }],
        text: "Clinical Note",
      },
    ],
    subject: { reference: `Patient/${meta.patient.id}`, display: formatName(meta.patient.name) },
    date: fhirDateTime(meta.date),
    author: [{ reference: `Practitioner/${meta.author.id}`, display: formatName(meta.author.name) }],
    custodian: { reference: `Organization/${org.id}`, display: org.name },
    ...(meta.replaces !== undefined
      ? {
          relatesTo: [
            { code: "replaces" as const, target: { reference: `DocumentReference/${meta.replaces}` } },
          ],
        }
      : {}),
    ...(meta.description !== undefined ? { description: meta.description } : {}),
    securityLabel: [
      {
        coding: [
          {
            system: CONFIDENTIALITY,
            code: meta.confidentiality,
            display: meta.confidentiality === "R" ? "restricted" : "normal",
          },
        ],
      },
    ],
    content: [
      {
        attachment: attachment(meta, content),
        ...(content.format !== undefined ? { format: content.format } : {}),
      },
    ],
    context: documentContext(meta),
  };
  if (content.binaryId === undefined) return { documentReference };
  return {
    documentReference,
    binary: {
      id: content.binaryId,
      patientId: meta.patient.id,
      contentType: content.contentType,
      bytes: content.bytes,
    },
  };
}
