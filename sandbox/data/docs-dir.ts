/** Serves real C-CDA files from a folder (SANDBOX_DOCS) as extra documents of the first patient. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { DocumentReference } from "fhir/r4";
import { FORMAT } from "./doc-references";
import { hashString } from "./prng";
import type { PatientProfile } from "./profiles";
import { formatName } from "./profiles";
import type { StoredBinary } from "./types";

export interface ImportedDoc {
  documentReference: DocumentReference;
  binary: StoredBinary;
}

/** Decodes enough of the file to recognise a CDA by its content (UTF-8, or UTF-16 with a BOM). */
function decodeForSniffing(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  return new TextDecoder("utf-8").decode(bytes);
}

function documentType(text: string): { code: string; display: string } {
  const start = text.indexOf("<ClinicalDocument");
  const match = /<code\b[^>]*>/.exec(text.slice(start));
  const code = match !== null ? /\bcode="([^"]+)"/.exec(match[0])?.[1] : undefined;
  const display = match !== null ? /\bdisplayName="([^"]+)"/.exec(match[0])?.[1] : undefined;
  if (code === undefined) return { code: "34133-9", display: "Summary of episode note" };
  return { code, display: display ?? code };
}

/** CDA effectiveTime → FHIR dateTime (missing or odd values fall back to the dataset's base date). */
function documentDate(text: string): string {
  const start = text.indexOf("<ClinicalDocument");
  const value = /<effectiveTime\b[^>]*\bvalue="(\d{8})(\d{4})?/.exec(text.slice(start));
  if (value?.[1] === undefined) return "2026-06-01T10:00:00Z";
  const d = value[1];
  const t = value[2] ?? "0000";
  return `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}T${t.slice(0, 2)}:${t.slice(2, 4)}:00Z`;
}

function importFile(root: string, relative: string, patient: PatientProfile): ImportedDoc | null {
  const bytes = new Uint8Array(readFileSync(path.join(root, relative)));
  const text = decodeForSniffing(bytes);
  if (!text.includes("<ClinicalDocument")) return null;
  const key = hashString(relative.split(path.sep).join("/")).toString(36);
  const title = path.basename(relative).replace(/\.[^.]+$/, "");
  const type = documentType(text);
  const documentReference: DocumentReference = {
    resourceType: "DocumentReference",
    id: `dr-file-${key}`,
    status: "current",
    docStatus: "final",
    type: {
      coding: [{ system: "http://loinc.org", code: type.code, display: type.display }],
      text: type.display,
    },
    category: [
      {
        coding: [
          {
            system: "http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category",
            code: "clinical-note",
            display: "Clinical Note",
          },
        ],
      },
    ],
    subject: { reference: `Patient/${patient.id}`, display: formatName(patient.name) },
    date: documentDate(text),
    description: `Imported file: ${relative}`,
    custodian: { display: "Imported files (SANDBOX_DOCS)" },
    content: [
      {
        attachment: {
          contentType: "application/xml",
          url: `Binary/b-file-${key}`,
          title,
          size: bytes.length,
        },
        format: FORMAT.structured,
      },
    ],
  };
  return {
    documentReference,
    binary: { id: `b-file-${key}`, patientId: patient.id, contentType: "application/xml", bytes },
  };
}

/** Reads one entry; unreadable entries (permissions, dangling links) are skipped with a warning, not fatal. */
function tryImport(dir: string, relative: string, patient: PatientProfile): ImportedDoc | null {
  try {
    return statSync(path.join(dir, relative)).isFile() ? importFile(dir, relative, patient) : null;
  } catch (error) {
    console.warn(
      `SANDBOX_DOCS: skipping ${relative}: ${error instanceof Error ? error.message : String(error)}`,
    );
    return null;
  }
}

/** Every file under `dir` (recursively) whose content holds a ClinicalDocument, sorted by path for stable order. */
export function importDocsDir(dir: string, patient: PatientProfile): ImportedDoc[] {
  const entries = readdirSync(dir, { recursive: true, encoding: "utf8" }).sort();
  return entries.flatMap((relative) => tryImport(dir, relative, patient) ?? []);
}
