import type { Attachment } from "fhir/r4";
import { base64ToBytes } from "./decode";
import { isResourceOfType } from "./resource-guard";
import { requestFhirJson, type FhirBody, type SmartSession } from "./smart-session";
import { resolveUnderFhirBase } from "./url-policy";

/** The document has no bytes we could find (no data, no URL, an empty Binary). */
export class MissingContentError extends Error {
  override readonly name = "MissingContentError";
}

export interface DocumentBytes {
  readonly bytes: Uint8Array;
  /** The best content type we know: the Binary's, else the response's, else the attachment's. */
  readonly contentType: string | undefined;
  /** Where the bytes came from: inline attachment data or a Binary request. */
  readonly source: "inline" | "binary";
}

function fromBody(body: FhirBody, attachment: Attachment): DocumentBytes {
  switch (body.kind) {
    case "json": {
      if (!isResourceOfType(body.json, "Binary")) {
        // The server answered with the document itself as JSON (no Binary wrapper): keep its bytes.
        return {
          bytes: new TextEncoder().encode(JSON.stringify(body.json)),
          contentType: body.contentType,
          source: "binary",
        };
      }
      if (body.json.data === undefined)
        throw new MissingContentError("The server returned this document without any content.");
      // Binary.contentType is required by FHIR, yet missing in the wild.
      const declared = typeof body.json.contentType === "string" ? body.json.contentType : undefined;
      return {
        bytes: base64ToBytes(body.json.data),
        contentType: declared ?? attachment.contentType,
        source: "binary",
      };
    }
    case "text":
      return { bytes: new TextEncoder().encode(body.text), contentType: body.contentType, source: "binary" };
    case "bytes":
      return { bytes: body.bytes, contentType: body.contentType || attachment.contentType, source: "binary" };
  }
}

/**
 * Loads an attachment's bytes: inline `data` without any request; otherwise the Binary at `url` (relative
 * to the FHIR base, or absolute only under it) as application/fhir+json, which every vendor serves the same.
 */
export async function fetchAttachmentBytes(
  session: SmartSession,
  attachment: Attachment,
  signal?: AbortSignal,
): Promise<DocumentBytes> {
  if (attachment.data !== undefined) {
    return { bytes: base64ToBytes(attachment.data), contentType: attachment.contentType, source: "inline" };
  }
  if (attachment.url === undefined) throw new MissingContentError("This document has no content to show.");
  const url = resolveUnderFhirBase(attachment.url, session.fhirBase);
  return fromBody(await requestFhirJson(session, url, signal), attachment);
}
