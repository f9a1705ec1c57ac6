/**
 * Public types of the pure C-CDA pipeline: document text → model → HTML (unsanitized; src/sanitize/ runs last).
 */
import type { HNode } from "./render/html";

/** What kind of oddity a rendered document had. Grouped so the UI and the corpus report can count them. */
export type WarningKind =
  | "no-namespace"
  | "unknown-element"
  | "broken-reference"
  | "unsafe-link"
  | "external-reference"
  | "unsupported-media"
  | "empty-section"
  | "generated-from-entries"
  | "invalid-value"
  | "stylesheet-ignored"
  | "encoding";

export interface CcdaWarning {
  kind: WarningKind;
  message: string;
  /** Where it happened, in words a person understands (e.g. "section Medications"). */
  where?: string;
}

/** An unparseable document. */
export interface CcdaParseError {
  kind: "doctype" | "not-xml" | "not-cda" | "empty";
  message: string;
  line?: number;
  column?: number;
}

export interface TocEntry {
  /** The namespaced element id of the section heading (already prefixed). */
  id: string;
  title: string;
  /** Heading level: 2 for top-level sections, 3 for their children … */
  level: number;
  children: TocEntry[];
}

/**
 * A nonXMLBody (or other non-image binary) payload: the pure pipeline cannot make blob: URLs, so it hands the
 * bytes to the app, and marks where they belong with `<div class="ccda-attachment" data-attachment="<index>">`.
 */
export interface BodyAttachment {
  index: number;
  mediaType: string;
  /** Base64 payload as found in the document (whitespace removed); absent when the body is a reference. */
  base64?: string;
  /** Plain text payload (text/plain without base64 representation). */
  text?: string;
  /** An outside reference that was deliberately not fetched. */
  reference?: string;
  title: string;
}

export interface RenderOptions {
  /** Prefix for every id in the output so documents never clash with the app or each other. [a-z0-9-] only. */
  idPrefix: string;
  /**
   * Render section content only when asked (DocumentSection.render), for progressive display. Then `html`
   * renders whatever is left when read, and `warnings`/`attachments` grow as sections render.
   */
  lazy?: boolean;
  /** Called once the text is parsed (lets the app measure parsing apart from rendering). */
  onParsed?: () => void;
  /**
   * Parse without the entries the rendering does not read (parse/defer-entries.ts), for a viewer that shows
   * the document first and checks them after (`entriesCheck` on the outcome).
   */
  deferEntries?: boolean;
}

/** Where RenderOutcome.entriesCheck has got to. */
export type EntriesCheck = "more" | "sound" | "broken";

/** A coded value as found (ClinicalDocument/code, section/code). */
export interface CodeRef {
  code: string;
  codeSystem: string | undefined;
  displayName: string | undefined;
}

/** A top-level section: its outline at once, its content on demand. */
export interface DocumentSection {
  /** Output id of the <section>. */
  id: string;
  /** Output id of its heading (TOC links land there). */
  headingId: string;
  title: string;
  /** Always 2 for top-level sections. */
  level: number;
  /** section/code/@code (LOINC in C-CDA), when present. */
  code: string | undefined;
  /** Characters of text in the section (nested sections included): what "size" means in the TOC. */
  textSize: number;
  /** Subsections, as table-of-contents entries. */
  children: TocEntry[];
  /**
   * HTML of everything under the section's heading (unsanitized). Memoized; renders earlier sections first so
   * footnote numbers and ids come out as in document order.
   */
  render(): string;
  /**
   * The same content in chunks, as output trees (long sections are cut between narrative blocks, so a viewer
   * can insert them a piece at a time): chunk k, or undefined past the last. The chunks serialized and joined
   * are render()'s HTML.
   */
  renderChunkNodes(k: number): readonly HNode[] | undefined;
  /** Whether the whole section is rendered (its cost is paid). */
  readonly rendered: boolean;
}

/** The document in pieces, for a viewer that shows and renders sections one by one. */
export interface DocumentParts {
  /** Output id of the whole document (the one-string output's root div). */
  docId: string;
  /** ClinicalDocument/code: what kind of document this is (per-type preferences key on it). */
  documentCode: CodeRef | undefined;
  /** ClinicalDocument/effectiveTime/@value as written (HL7 TS), e.g. for naming a downloaded copy. */
  effectiveTime: string | undefined;
  /** The header summary card (unsanitized HTML). */
  header: string;
  /** The collapsible "Document details" panel (unsanitized HTML), or "". */
  footer: string;
  /** A body that is not sections (nonXMLBody, header-only note), or "". */
  body: string;
  /** header and body as the output trees they serialize (a viewer builds sanitized DOM nodes from these). */
  nodes: { header: readonly HNode[]; body: readonly HNode[] };
  /**
   * The groups inside the "Document details" panel (`footer` without its <details> and <summary>), rendered on
   * the first call and memoized: a viewer shows the panel closed and renders them only when the panel is
   * opened, searched or printed (they are a third of a small document's output). Absent when the header could
   * not be read.
   */
  details?: (() => readonly HNode[]) | undefined;
  sections: DocumentSection[];
}

export type RenderOutcome =
  | {
      ok: true;
      /** The whole document as one HTML string (unsanitized). */
      html: string;
      title: string;
      toc: TocEntry[];
      warnings: CcdaWarning[];
      attachments: BodyAttachment[];
      /** The same document in pieces, for the viewer. */
      parts: DocumentParts;
      /**
       * Set when entries were left out of the parse (RenderOptions.deferEntries): checks the next batch of them
       * (about 64 kB, so no call blocks the page for long) and says "more" until all are checked, then "sound"
       * or "broken" (and keeps saying it). Broken means this outcome must not stand: render the text again
       * without deferEntries (which then shows the document's parse error).
       */
      entriesCheck?: (() => EntriesCheck) | undefined;
    }
  | { ok: false; error: CcdaParseError };
