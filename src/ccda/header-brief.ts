/**
 * The few header facts a document list shows (title, type, date, authors, facility), read from C-CDA text
 * without rendering it: for local files, listed like documents fetched from an EHR. Never throws.
 */
import type { DeferredEntries } from "./parse/defer-entries";
import { formatName } from "./format/name";
import { isoDatetime, parseTs } from "./format/time";
import { LARGE_TEXT_CHARS } from "./parse/chunked-parse";
import { parseCdaText } from "./parse/document";
import { attr, child, children, path, textOf } from "./parse/xml";
import type { CcdaParseError } from "./types";

export interface HeaderBrief {
  readonly title: string | undefined;
  /** The document type's display name (LOINC), when the code has one. */
  readonly typeText: string | undefined;
  /** effectiveTime as an ISO date/dateTime keeping the source's precision and offset. */
  readonly date: string | undefined;
  readonly authors: readonly string[];
  readonly facility: string | undefined;
}

export type HeaderBriefResult =
  | {
      ok: true;
      brief: HeaderBrief;
      /** The entries the parse left out (parse/defer-entries.ts), when it did: whoever lists the file checks them. */
      deferred: DeferredEntries | undefined;
    }
  | { ok: false; error: CcdaParseError };

const nonEmpty = (text: string): string | undefined => (text === "" ? undefined : text);

function authorName(author: Element): string | undefined {
  const assigned = child(author, "assignedAuthor");
  const person = formatName(path(assigned, "assignedPerson", "name"));
  if (person !== "") return person;
  const device = textOf(path(assigned, "assignedAuthoringDevice", "softwareName"));
  if (device !== "") return device;
  return nonEmpty(formatName(path(assigned, "representedOrganization", "name")));
}

function facilityOf(root: Element): string | undefined {
  const location = path(root, "componentOf", "encompassingEncounter", "location", "healthCareFacility");
  return (
    nonEmpty(formatName(path(location, "location", "name"))) ??
    nonEmpty(formatName(path(location, "serviceProviderOrganization", "name"))) ??
    nonEmpty(
      formatName(path(root, "custodian", "assignedCustodian", "representedCustodianOrganization", "name")),
    )
  );
}

function dateOf(root: Element): string | undefined {
  const value = parseTs(attr(child(root, "effectiveTime"), "value"));
  return value === undefined ? undefined : isoDatetime(value);
}

const ROOT_OPEN = /<([A-Za-z_][\w.-]*:)?ClinicalDocument[\s>]/;
const BODY_START = /<([A-Za-z_][\w.-]*:)?component[\s>]/g;

/**
 * The text up to the body's <component>, closed again: every header element comes before it. Undefined when
 * the shape is not recognised (then the whole text is parsed).
 */
export function headerSlice(text: string): string | undefined {
  const root = ROOT_OPEN.exec(text);
  if (root === null) return undefined;
  BODY_START.lastIndex = root.index;
  const body = BODY_START.exec(text);
  if (body === null) return undefined;
  return `${text.slice(0, body.index)}</${root[1] ?? ""}ClinicalDocument>`;
}

function parseForBrief(text: string): ReturnType<typeof parseCdaText> {
  const slice = text.length > LARGE_TEXT_CHARS ? headerSlice(text) : undefined;
  if (slice !== undefined) {
    const header = parseCdaText(slice);
    if (header.ok) return header;
  }
  // The viewer usually opens what was just listed: it takes this parse instead of parsing again (so this parse
  // is the viewer's: without the entries it checks after showing the document).
  return parseCdaText(text, undefined, { keep: true, deferEntries: true });
}

export function readHeaderBrief(text: string): HeaderBriefResult {
  const parsed = parseForBrief(text);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const { root } = parsed;
  const code = child(root, "code");
  const typeText =
    nonEmpty(attr(code, "displayName")?.trim() ?? "") ?? nonEmpty(textOf(child(code, "originalText")));
  const authors = children(root, "author")
    .map(authorName)
    .filter((name): name is string => name !== undefined);
  return {
    ok: true,
    deferred: parsed.deferred,
    brief: {
      title: nonEmpty(textOf(child(root, "title"))),
      typeText,
      date: dateOf(root),
      authors: [...new Set(authors)],
      facility: facilityOf(root),
    },
  };
}
