import type { Attachment, DocumentReference, DocumentReferenceContent } from "fhir/r4";

/** Media type without parameters, lower-cased ("Application/XML; charset=x" → "application/xml"). */
export function mediaType(contentType: string | undefined): string {
  return (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
}

const CCDA_FORMAT = /ccda|sdwg|hl7-org:sdwg|urn:hl7-org:sdwg/i;

/** What a rendition is, from its label (the bytes decide later: a mislabelled C-CDA is still shown as one). */
export type RenditionKind = "ccda" | "xml" | "html" | "text" | "pdf" | "rtf" | "other";

export function renditionKind(contentType: string | undefined, formatCode?: string): RenditionKind {
  const type = mediaType(contentType);
  if (type.includes("rtf")) return "rtf";
  if (type.includes("html")) return "html";
  // "xml" anywhere: application/hl7-v3+xml, text/xml, and typos seen in the wild such as "aapplication/xml".
  if (type.includes("xml") || type.includes("hl7") || type.includes("cda")) {
    return CCDA_FORMAT.test(formatCode ?? "") ? "ccda" : "xml";
  }
  if (type === "" && CCDA_FORMAT.test(formatCode ?? "")) return "ccda";
  if (type.includes("pdf")) return "pdf";
  if (type.startsWith("text/")) return "text";
  return "other";
}

/** Lower = better: C-CDA XML, other XML, HTML, text, PDF, anything else, RTF (no browser shows it). */
const RANK: Readonly<Record<RenditionKind, number>> = {
  ccda: 0,
  xml: 1,
  html: 2,
  text: 3,
  pdf: 4,
  other: 5,
  rtf: 6,
};

const LABEL: Readonly<Record<RenditionKind, string>> = {
  ccda: "C-CDA",
  xml: "XML",
  html: "HTML",
  text: "Text",
  pdf: "PDF",
  other: "File",
  rtf: "RTF",
};

export interface Rendition {
  readonly attachment: Attachment;
  readonly kind: RenditionKind;
  /** A short word for the user ("C-CDA", "HTML", "PDF" …). */
  readonly label: string;
  /** Position in DocumentReference.content. */
  readonly index: number;
}

/** DocumentReference.content is required by FHIR, but real servers omit it; read it defensively. */
export function contentsOf(documentReference: DocumentReference): DocumentReferenceContent[] {
  return Array.isArray(documentReference.content) ? documentReference.content : [];
}

function hasBytes(attachment: Attachment | undefined): attachment is Attachment {
  return attachment !== undefined && (attachment.data !== undefined || attachment.url !== undefined);
}

/** Every rendition that has data or a URL, best first (ties keep the server's order). */
export function rankRenditions(documentReference: DocumentReference): Rendition[] {
  return contentsOf(documentReference)
    .flatMap((content, index): Rendition[] => {
      const attachment = content.attachment as Attachment | undefined;
      if (!hasBytes(attachment)) return [];
      const kind = renditionKind(attachment.contentType, content.format?.code);
      return [{ attachment, kind, label: LABEL[kind], index }];
    })
    .sort((a, b) => RANK[a.kind] - RANK[b.kind] || a.index - b.index);
}

/** The content to show first for a DocumentReference, or undefined when none has data or a URL. */
export function pickAttachment(documentReference: DocumentReference): Attachment | undefined {
  return rankRenditions(documentReference)[0]?.attachment;
}
