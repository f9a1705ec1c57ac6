/**
 * The sandbox's in-memory dataset: what the FHIR server serves. Produced by the synthetic generator
 * (`sandbox/data/dataset.ts`), optionally extended with real files from `SANDBOX_DOCS=<dir>`.
 */
import type { DocumentReference, Patient, Practitioner, Organization } from "fhir/r4";

/** A Binary's payload as the server holds it. */
export interface StoredBinary {
  id: string;
  /** The patient the Binary belongs to (for per-patient access checks). */
  patientId: string;
  contentType: string;
  bytes: Uint8Array;
}

export interface Dataset {
  patients: Patient[];
  practitioners: Practitioner[];
  organizations: Organization[];
  /** Every DocumentReference; `subject.reference` is `Patient/<id>`. Attachment URLs are relative (`Binary/<id>`). */
  documentReferences: DocumentReference[];
  binaries: Map<string, StoredBinary>;
}

/** Whose shapes the generated documents take (ids, renditions, inline vs Binary); see profiles/README.md. */
export type DataFlavor = "generic" | "soarian" | "millennium" | "epic";

export interface DatasetOptions {
  /** Vendor shapes of the documents (default generic: what strict-smart serves). */
  flavor?: DataFlavor;
  /** Scale mode for benchmarks: extra generated documents per patient and very large documents. */
  scale?: {
    /** Extra DocumentReferences per patient (default 0). */
    extraDocumentsPerPatient?: number;
    /** Add one C-CDA of roughly this many bytes per patient (default: none). */
    largeDocumentBytes?: number;
  };
  /** Serve every C-CDA file found (recursively) in this folder as extra documents of the first patient. */
  docsDir?: string;
}
