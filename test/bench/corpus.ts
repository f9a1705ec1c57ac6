/**
 * The documents of the per-document bench: every C-CDA of ../shared/ccda/dev (recognised by content, as file
 * extensions vary), the five largest of ../shared/ccda/bulk, the sandbox generator's large documents (1, 5 and
 * 20 MB) and a 20,000-row table. Shared documents are read at run time, never copied; bytes are kept as they
 * are (the app decodes them itself) and the text, decoded by the app's own decoder, feeds the parse floor.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { PATIENTS } from "../../sandbox/data/patients";
import { largeDoc } from "../../sandbox/data/scale";
import { decodeText } from "../../src/fhir/decode";
import { benchSettings } from "./settings";
import { tableDocument } from "./table-document";

export type DocumentGroup = "dev" | "bulk" | "generated";

export interface BenchDocument {
  /** Path relative to its corpus folder, or a description of the generated document. */
  name: string;
  group: DocumentGroup;
  bytes: Uint8Array;
  contentType: string;
  text: string;
}

export const repoRoot = path.resolve(import.meta.dirname, "../..");
export const sharedCcda = path.resolve(repoRoot, "../shared", "ccda");

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .map((relative) => path.join(dir, relative))
    .filter((file) => statSync(file).isFile())
    .sort();
}

function fromFile(dir: string, file: string, group: DocumentGroup): BenchDocument | undefined {
  const bytes = new Uint8Array(readFileSync(file));
  const { text } = decodeText(bytes);
  if (!text.includes("ClinicalDocument")) return undefined;
  return { name: path.relative(dir, file), group, bytes, contentType: "application/xml", text };
}

/** A shared corpus folder's C-CDA documents; none (with a loud warning) when the folder is absent. */
function corpus(group: "dev" | "bulk"): BenchDocument[] {
  const dir = path.join(sharedCcda, group);
  if (!existsSync(dir)) {
    console.warn(`\n!!! SKIPPING ${group} documents: ${dir} is missing\n`);
    return [];
  }
  let files = filesUnder(dir);
  if (group === "bulk") {
    files = files.sort((a, b) => statSync(b).size - statSync(a).size).slice(0, benchSettings.bulkDocuments);
  }
  return files.flatMap((file) => fromFile(dir, file, group) ?? []);
}

function generated(name: string, text: string): BenchDocument {
  const bytes = new TextEncoder().encode(text);
  return { name, group: "generated", bytes, contentType: "application/xml", text };
}

/** The sandbox scale generator's CCD grown to about `megabytes` MB. */
function largeGenerated(megabytes: number): BenchDocument {
  const patient = PATIENTS[0];
  if (patient === undefined) throw new Error("The sandbox has no patients");
  const binary = largeDoc(patient, megabytes * 1_000_000).binary;
  if (binary === undefined) throw new Error("The sandbox's large document has no Binary");
  const { text } = decodeText(binary.bytes, binary.contentType);
  return generated(`generated ${megabytes} MB CCD (sandbox scale)`, text);
}

/** One file given on the command line (the single-document tools: timeline.ts, trace.ts), as a dev document. */
export function fileDocument(file: string): BenchDocument {
  const bytes = new Uint8Array(readFileSync(file));
  return {
    name: path.basename(file),
    group: "dev",
    bytes,
    contentType: "application/xml",
    text: decodeText(bytes).text,
  };
}

export function loadDocuments(): BenchDocument[] {
  const dev = corpus("dev").slice(0, benchSettings.devDocuments);
  const bulk = corpus("bulk");
  const sizes = benchSettings.generatedMegabytes.map(largeGenerated);
  const rows = benchSettings.tableRows;
  const table = rows > 0 ? [generated(`generated ${rows}-row table`, tableDocument(rows))] : [];
  return [...dev, ...bulk, ...sizes, ...table];
}
