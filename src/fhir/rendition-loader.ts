/**
 * Loads a document from the best of its renditions, falling back to the next when one fails: a Millennium PDF
 * whose Binary is 404 (no Clinical Reporting XR on the site) still has its XML rendition, a truncated inline
 * note may have a Binary twin. The result says which rendition is shown and why the better ones were skipped.
 */
import type { Rendition } from "./attachment";
import { classifyContent, type DocumentContent } from "./content-kind";
import { Base64Error } from "./decode";
import { fetchAttachmentBytes, MissingContentError } from "./document-content";
import { UnexpectedResponseError } from "./document-search";
import { FhirHttpError, UnsafeUrlError } from "./fhir-http-error";
import type { SmartSession } from "./smart-session";

export interface SkippedRendition {
  readonly label: string;
  readonly contentType: string | undefined;
  /** Why it could not be shown, in the user's words. */
  readonly reason: string;
}

export interface LoadedDocument {
  readonly content: DocumentContent;
  readonly contentType: string | undefined;
  readonly source: "inline" | "binary";
  /** The rendition shown ("C-CDA", "HTML", "PDF" …) and how many the document offers. */
  readonly rendition: { readonly label: string; readonly contentType: string | undefined };
  readonly renditionCount: number;
  /** Better renditions that failed before this one, best first. */
  readonly skipped: readonly SkippedRendition[];
}

/** A rendition's own failure (the next may work); session, rate and network failures are everyone's. */
export function reasonToFallBack(error: unknown): string | undefined {
  if (error instanceof FhirHttpError) {
    if (error.status === 401 || error.status === 429) return undefined;
    if (error.status === 404 || error.status === 410) return "the server did not find it";
    if (error.status === 403) return "the server refused it";
    if (error.status >= 500) return `the server failed to produce it (HTTP ${error.status})`;
    return `the server refused to send it (HTTP ${error.status})`;
  }
  if (error instanceof Base64Error) return "its data could not be decoded";
  if (error instanceof MissingContentError) return "it has no content";
  if (error instanceof UnsafeUrlError) return `it is stored on another server (${error.host})`;
  if (error instanceof UnexpectedResponseError) return "the server sent something unexpected";
  return undefined;
}

async function loadOne(session: SmartSession, rendition: Rendition, signal: AbortSignal | undefined) {
  const loaded = await fetchAttachmentBytes(session, rendition.attachment, signal);
  if (loaded.bytes.length === 0) throw new MissingContentError("The document is empty.");
  return { ...loaded, content: classifyContent(loaded.bytes, loaded.contentType) };
}

export async function loadBestRendition(
  session: SmartSession,
  renditions: readonly Rendition[],
  signal?: AbortSignal,
): Promise<LoadedDocument> {
  const skipped: SkippedRendition[] = [];
  let firstError: Error | undefined;
  for (const rendition of renditions) {
    try {
      const loaded = await loadOne(session, rendition, signal);
      return {
        content: loaded.content,
        contentType: loaded.contentType,
        source: loaded.source,
        rendition: { label: rendition.label, contentType: rendition.attachment.contentType },
        renditionCount: renditions.length,
        skipped,
      };
    } catch (error) {
      const reason = reasonToFallBack(error);
      if (reason === undefined) throw error;
      // reasonToFallBack only names Error subclasses.
      firstError ??= error as Error;
      skipped.push({ label: rendition.label, contentType: rendition.attachment.contentType, reason });
    }
  }
  // Every rendition failed: the best one's error is the one worth showing.
  throw firstError ?? new MissingContentError("This document has no content to show.");
}
