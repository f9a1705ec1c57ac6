/**
 * The documents the render bench feeds the page: every C-CDA in ../shared/ccda/dev (recognised by content, as
 * file extensions vary) plus the sandbox generator's large synthetic documents. Bytes become text with the
 * app's own decoder, so the page gets exactly the text the app would render.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { Dataset } from "../../sandbox/data/types";
import { decodeText } from "../../src/fhir/decode";

export interface BenchDocument {
  /** Path relative to the corpus folder, or "synthetic <size> MB (<Binary id>)". */
  name: string;
  kind: "corpus" | "synthetic";
  bytes: number;
  text: string;
}

export const repoRoot = path.resolve(import.meta.dirname, "../..");
export const corpusDir = path.resolve(repoRoot, "../shared", "ccda/dev");

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .map((relative) => path.join(dir, relative))
    .filter((file) => statSync(file).isFile())
    .sort();
}

/** The dev corpus; an empty list (with a loud warning) when the shared folder is absent. */
export function loadCorpus(): BenchDocument[] {
  if (!existsSync(corpusDir)) {
    console.warn(
      `\n!!! SKIPPING the real-document corpus: ${corpusDir} is missing (only synthetic documents)\n`,
    );
    return [];
  }
  const documents: BenchDocument[] = [];
  for (const file of filesUnder(corpusDir)) {
    const bytes = readFileSync(file);
    const { text } = decodeText(new Uint8Array(bytes));
    if (!text.includes("<ClinicalDocument")) continue;
    documents.push({ name: path.relative(corpusDir, file), kind: "corpus", bytes: bytes.length, text });
  }
  return documents;
}

/** The large C-CDA (scale mode's `largeDocumentBytes`) of the dataset's first patient. */
export function largeSyntheticDocument(dataset: Dataset): BenchDocument {
  const binary = [...dataset.binaries.values()].find((candidate) => candidate.id.endsWith("-large"));
  if (binary === undefined)
    throw new Error("The dataset holds no large document (scale.largeDocumentBytes unset?)");
  const { text } = decodeText(binary.bytes, binary.contentType);
  const size = (binary.bytes.length / 1_000_000).toFixed(1);
  return { name: `synthetic ${size} MB (${binary.id})`, kind: "synthetic", bytes: binary.bytes.length, text };
}
