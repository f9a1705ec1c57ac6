/**
 * Files from the user's disk → list entries, through the same decoding and C-CDA parsing as fetched
 * documents. A file that is not C-CDA XML, or is broken, becomes an entry that says why; it never stops the
 * others from opening.
 */
import { readHeaderBrief } from "../../ccda/header-brief";
import { entriesChecker } from "../../ccda/parse/defer-entries";
import { parseCdaText } from "../../ccda/parse/document";
import type { CcdaParseError, EntriesCheck } from "../../ccda/types";
import { classifyContent, type DocumentContent } from "../../fhir/content-kind";
import type { RowSummary } from "../documents/document-row";
import { measureSince, now, PARSE_MEASURE } from "../documents/render-timing";

export type LocalEntry =
  | {
      readonly ok: true;
      readonly key: string;
      readonly name: string;
      readonly summary: RowSummary;
      readonly time: number;
      readonly content: DocumentContent;
      /**
       * The check of the entries its parse left out (parse/defer-entries.ts), when it did: the screen runs it once
       * idle, and a broken file then becomes an entry that says why (brokenEntryOf), as one found broken at once.
       */
      readonly check?: (() => EntriesCheck) | undefined;
    }
  | { readonly ok: false; readonly key: string; readonly name: string; readonly message: string };

const KIND_WORDS: Readonly<Record<DocumentContent["kind"], string>> = {
  ccda: "a C-CDA document",
  html: "an HTML page",
  text: "plain text",
  pdf: "a PDF",
  image: "an image",
  other: "a binary file",
};

function where(error: CcdaParseError): string {
  if (error.line === undefined || /\bline \d+/i.test(error.message)) return "";
  return error.column === undefined
    ? ` (line ${error.line})`
    : ` (line ${error.line}, column ${error.column})`;
}

function timeOf(date: string | undefined): number {
  const time = date === undefined ? Number.NaN : Date.parse(date);
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}

/** Bytes → an entry. Pure apart from DOMParser, so tests can feed it bytes directly. */
export function localEntryOf(name: string, key: string, bytes: Uint8Array, type: string): LocalEntry {
  const content = classifyContent(bytes, type);
  if (content.kind !== "ccda") {
    return {
      ok: false,
      key,
      name,
      message: `${name} is not a C-CDA XML file (it looks like ${KIND_WORDS[content.kind]}).`,
    };
  }
  // `ccda:parse` here: up to 1 MB this parse is the document's own (the viewer takes it over instead of parsing
  // again); above, only the header is parsed here and the viewer's full parse is measured on its own.
  const parseStart = now();
  const header = readHeaderBrief(content.text);
  measureSince(PARSE_MEASURE, parseStart);
  if (!header.ok) return failedParse(name, key, header.error);
  const { brief } = header;
  const title = brief.title ?? brief.typeText ?? name;
  const summary: RowSummary = {
    key,
    title,
    typeText:
      brief.typeText !== undefined && brief.typeText.toLowerCase() !== title.toLowerCase()
        ? brief.typeText
        : undefined,
    formatLabel: undefined,
    date: brief.date,
    authors: brief.authors,
    facility: brief.facility,
    status: undefined,
    docStatus: undefined,
    superseded: false,
  };
  const check = header.deferred === undefined ? undefined : entriesChecker(header.deferred);
  return { ok: true, key, name, summary, time: timeOf(brief.date), content, check };
}

function failedParse(name: string, key: string, error: CcdaParseError): LocalEntry {
  return { ok: false, key, name, message: `${name} could not be read: ${error.message}${where(error)}` };
}

/**
 * The entry for a listed file whose check found its entries broken: the text parsed whole names the error (its
 * line and column as the reader sees them). Should the whole text parse after all, the entry stays, unchecked.
 */
export function brokenEntryOf(entry: Extract<LocalEntry, { ok: true }>): LocalEntry {
  const parsed = entry.content.kind === "ccda" ? parseCdaText(entry.content.text) : undefined;
  if (parsed !== undefined && !parsed.ok) return failedParse(entry.name, entry.key, parsed.error);
  return { ...entry, check: undefined };
}

export async function readLocalFile(file: File, key: string): Promise<LocalEntry> {
  try {
    const buffer = await file.arrayBuffer();
    return localEntryOf(file.name, key, new Uint8Array(buffer), file.type);
  } catch (error) {
    const reason = error instanceof Error ? error.message : "the browser could not read it";
    return { ok: false, key, name: file.name, message: `${file.name} could not be read: ${reason}` };
  }
}

/** Opened files, newest document first (like the EHR list); unreadable ones keep their own list. */
export function sortLocalEntries(entries: readonly LocalEntry[]): LocalEntry[] {
  return [...entries].sort((a, b) => {
    if (!a.ok || !b.ok) return 0;
    return a.time === b.time ? 0 : b.time > a.time ? 1 : -1;
  });
}
