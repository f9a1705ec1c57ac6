import type { Attachment, DocumentReference, DocumentReferenceContent } from "fhir/r4";

/** Media type without parameters, lower-cased ("Application/XML; charset=x" → "application/xml"). */
export function mediaType(contentType: string | undefined): string {
  return (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
}

const CCDA_FORMAT = /ccda|sdwg|hl7-org:sdwg|urn:hl7-org:sdwg/i;

/** Lower rank = better. C-CDA XML first, then PDF, HTML, text; anything else last. */
function rank(attachment: Attachment, formatCode: string | undefined): number {
  if (attachment.data === undefined && attachment.url === undefined) return 99;
  const type = mediaType(attachment.contentType);
  if (type.includes("xml") && !type.includes("html")) return CCDA_FORMAT.test(formatCode ?? "") ? 0 : 1;
  if (type === "application/pdf") return 2;
  if (type.includes("html")) return 3;
  if (type.startsWith("text/")) return 4;
  return 5;
}

/** DocumentReference.content is required by FHIR, but real servers omit it; read it defensively. */
export function contentsOf(documentReference: DocumentReference): DocumentReferenceContent[] {
  return Array.isArray(documentReference.content) ? documentReference.content : [];
}

/** The content to show for a DocumentReference, or undefined when none has data or a URL. */
export function pickAttachment(documentReference: DocumentReference): Attachment | undefined {
  const candidates = contentsOf(documentReference)
    .map((content, index) => ({
      attachment: content.attachment,
      index,
      score: rank(content.attachment, content.format?.code),
    }))
    .filter((candidate) => candidate.score < 99)
    .sort((a, b) => a.score - b.score || a.index - b.index);
  return candidates[0]?.attachment;
}
