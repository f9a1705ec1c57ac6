/**
 * One parsed ClinicalDocument → its story: the coded items of every section the story knows (with provenance)
 * and every section as text and rows (for search and compare). Pure; never throws on odd content.
 */
import { parseCdaText } from "../parse/document";
import { attr, child, children, indexIds, textOf } from "../parse/xml";
import { sectionStatements } from "../render/entries-kinds";
import { Warnings } from "../warnings";
import { allergyItems, immunizationItems, medicationItems, problemItems } from "./extract-lists";
import { encounterItems, procedureItems, resultItems, vitalItems } from "./extract-observations";
import type { ItemDraft, ReadContext } from "./item-parts";
import { sectionKind, sectionLoinc } from "./section-kinds";
import { narrativeRows, spacedText } from "./section-text";
import type { DocumentStory, Provenance, SectionSnapshot, StoryItem, StoryKind } from "./types";

type Extractor = (stmts: readonly Element[], ctx: ReadContext) => ItemDraft[];

const EXTRACTORS: Readonly<Record<StoryKind, Extractor>> = {
  problem: problemItems,
  medication: medicationItems,
  allergy: allergyItems,
  immunization: immunizationItems,
  result: resultItems,
  vital: vitalItems,
  procedure: procedureItems,
  encounter: encounterItems,
};

export interface StoryDocumentInfo {
  /** The app's key for the document (DocumentReference id, file name …). */
  readonly key: string;
  /** A title to use instead of the document's own (e.g. the list's). */
  readonly title?: string;
}

function sectionTitleOf(section: Element): string {
  return textOf(child(section, "title")) || attr(child(section, "code"), "displayName") || "Untitled section";
}

function subsections(section: Element): Element[] {
  return children(section, "component").flatMap((c) => children(c, "section"));
}

interface Walk {
  readonly items: StoryItem[];
  readonly sections: SectionSnapshot[];
  readonly ctx: Omit<ReadContext, "where">;
  readonly doc: Omit<Provenance, "sectionKey" | "sectionTitle">;
}

const MAX_DEPTH = 30;

function itemsOf(section: Element, kind: StoryKind | undefined, ctx: ReadContext): ItemDraft[] {
  if (kind === undefined) return [];
  try {
    return EXTRACTORS[kind](sectionStatements(section), ctx);
  } catch (error) {
    // One odd section must not cost the rest of the document; the warning says what was skipped.
    const reason = error instanceof Error ? error.message : String(error);
    ctx.warnings.add("invalid-value", `Entries could not be read (${reason})`, ctx.where);
    return [];
  }
}

function walkSection(section: Element, path: readonly number[], walk: Walk): void {
  if (path.length > MAX_DEPTH) return;
  const key = section.getAttribute("ID") ?? `s${path.join("-")}`;
  const title = sectionTitleOf(section);
  const ctx: ReadContext = { ...walk.ctx, where: `section ${title}` };
  const drafts = itemsOf(section, sectionKind(section), ctx);
  const provenance: Provenance = { ...walk.doc, sectionKey: key, sectionTitle: title };
  for (const d of drafts) walk.items.push({ ...d, provenance });
  const rows = narrativeRows(section);
  walk.sections.push({
    key,
    title,
    code: sectionLoinc(section),
    level: path.length,
    text: spacedText(child(section, "text")),
    rows: rows.length > 0 ? rows : drafts.map((d) => [d.name, d.status, d.dates, d.detail]),
  });
  subsections(section).forEach((s, i) => {
    walkSection(s, [...path, i + 1], walk);
  });
}

/** The story of an already parsed ClinicalDocument root. */
export function storyOfRoot(
  root: Element,
  info: StoryDocumentInfo,
  warnings = new Warnings(),
): DocumentStory {
  const code = child(root, "code");
  const title =
    info.title ?? (textOf(child(root, "title")) || attr(code, "displayName") || "Clinical document");
  const time = attr(child(root, "effectiveTime"), "value");
  const walk: Walk = {
    items: [],
    sections: [],
    ctx: { ids: indexIds(root), warnings },
    doc: { documentKey: info.key, documentTitle: title, documentTime: time },
  };
  const structured = child(child(root, "component"), "structuredBody");
  children(structured, "component")
    .flatMap((c) => children(c, "section"))
    .forEach((s, i) => {
      walkSection(s, [i + 1], walk);
    });
  return {
    key: info.key,
    title,
    time,
    typeCode: attr(code, "code"),
    typeName: attr(code, "displayName"),
    items: walk.items,
    sections: walk.sections,
  };
}

/** Document text → story; undefined when the text is not a readable CDA document. */
export function storyOfText(text: string, info: StoryDocumentInfo): DocumentStory | undefined {
  const parsed = parseCdaText(text);
  return parsed.ok ? storyOfRoot(parsed.root, info, parsed.warnings) : undefined;
}
