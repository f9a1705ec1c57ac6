/**
 * Public types of the pure C-CDA pipeline: document text → model → HTML (unsanitized; src/sanitize/ runs last).
 */

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
}

export type RenderOutcome =
  | {
      ok: true;
      html: string;
      title: string;
      toc: TocEntry[];
      warnings: CcdaWarning[];
      attachments: BodyAttachment[];
    }
  | { ok: false; error: CcdaParseError };
