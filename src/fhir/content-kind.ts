import { mediaType } from "./attachment";
import { decodeText } from "./decode";

/** What a document's bytes turned out to be, decided by content (sniffing), not by the content-type label. */
export type DocumentContent =
  | {
      readonly kind: "ccda";
      readonly text: string;
      readonly warnings: readonly string[];
      /** The bytes as received, for "Download original" (exact, whatever the encoding). */
      readonly bytes: Uint8Array;
    }
  | { readonly kind: "html"; readonly text: string; readonly warnings: readonly string[] }
  | { readonly kind: "text"; readonly text: string; readonly warnings: readonly string[] }
  | { readonly kind: "pdf"; readonly bytes: Uint8Array }
  | { readonly kind: "image"; readonly bytes: Uint8Array; readonly mimeType: string }
  | { readonly kind: "other"; readonly bytes: Uint8Array; readonly mimeType: string };

function startsWith(bytes: Uint8Array, prefix: readonly number[], offset = 0): boolean {
  return prefix.every((byte, index) => bytes[offset + index] === byte);
}

const ascii = (text: string): number[] =>
  Array.from({ length: text.length }, (_, index) => text.charCodeAt(index));

/** Image and PDF magic numbers; image types limited to what an <img> shows without risk. */
export function sniffBinaryType(bytes: Uint8Array): string | undefined {
  if (startsWith(bytes, ascii("%PDF-"))) return "application/pdf";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return "image/png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, ascii("GIF8"))) return "image/gif";
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "image/webp";
  if (startsWith(bytes, ascii("{\\rtf"))) return "application/rtf";
  // ZIP (also .docx/.xlsx): a Binary labelled XML that holds an archive is not a document we can read.
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return "application/zip";
  return undefined;
}

function looksTextual(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 1024);
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  // UTF-16 XML without a BOM starts "<\0" or "\0<"; any other NUL means binary, whatever the label says.
  const utf16NoBom = (head[0] === 0x3c && head[1] === 0x00) || (head[0] === 0x00 && head[1] === 0x3c);
  if (!utf16 && !utf16NoBom && head.includes(0)) return false;
  return true;
}

const CLINICAL_DOCUMENT = /<([A-Za-z_][\w.-]*:)?ClinicalDocument[\s>/]/;
const HTML_START = /^\s*(<!doctype html|<html[\s>])/i;

export function classifyContent(bytes: Uint8Array, contentType: string | undefined): DocumentContent {
  const sniffed = sniffBinaryType(bytes);
  if (sniffed === "application/pdf") return { kind: "pdf", bytes };
  if (sniffed?.startsWith("image/") === true) return { kind: "image", bytes, mimeType: sniffed };
  if (sniffed !== undefined) return { kind: "other", bytes, mimeType: sniffed };
  const type = mediaType(contentType);
  if (!looksTextual(bytes)) {
    // A PDF label on bytes without the magic is a damaged PDF: still offer it as a PDF download/view.
    return type === "application/pdf"
      ? { kind: "pdf", bytes }
      : { kind: "other", bytes, mimeType: type || "application/octet-stream" };
  }
  const { text, warnings } = decodeText(bytes, contentType);
  if (CLINICAL_DOCUMENT.test(text)) return { kind: "ccda", text, warnings, bytes };
  if (type.includes("html") || HTML_START.test(text)) return { kind: "html", text, warnings };
  return { kind: "text", text, warnings };
}
