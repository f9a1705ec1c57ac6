/**
 * Reads an ED value (observationMedia/value, nonXMLBody/text) without ever loading anything: inline base64
 * rasters become data: URLs we build ourselves (media type from a fixed list, base64 validated); references are
 * only named; other payloads are handed to the app as attachments.
 */
import { child } from "../parse/xml";
import { h, type HNode } from "./html";

export type MediaValue =
  | { kind: "image"; mediaType: string; dataUrl: string }
  | { kind: "binary"; mediaType: string; base64: string }
  | { kind: "text"; mediaType: string; text: string }
  | { kind: "reference"; mediaType: string; url: string }
  | { kind: "invalid"; mediaType: string; reason: string };

/** Raster types safe in <img src="data:…"> (SVG is excluded: it is a document, not a picture). */
const RASTER: Readonly<Record<string, string>> = Object.freeze({
  "image/png": "image/png",
  "image/jpeg": "image/jpeg",
  "image/jpg": "image/jpeg",
  "image/pjpeg": "image/jpeg",
  "image/gif": "image/gif",
  "image/webp": "image/webp",
});

/** "Image/PNG; name=x" → "image/png"; a syntactically bad type → "application/octet-stream". */
export function normalizeMediaType(value: string | null, fallback: string): string {
  const t = (value ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (t === "") return fallback;
  return /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/.test(t) ? t : "application/octet-stream";
}

/** Whitespace removed, missing padding added; undefined when it is not base64. */
export function cleanBase64(raw: string): string | undefined {
  const b64 = raw.replace(/\s+/g, "");
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64)) return undefined;
  const rest = b64.replace(/=+$/, "");
  if (rest.length % 4 === 1) return undefined;
  return rest + "=".repeat((4 - (rest.length % 4)) % 4);
}

/** The ED's own text (text and CDATA children only; reference/thumbnail/translation children excluded). */
function directText(el: Element): string {
  let out = "";
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3 || c.nodeType === 4) out += c.nodeValue ?? "";
  }
  return out;
}

export function readEd(ed: Element, defaultType: string): MediaValue {
  const mediaType = normalizeMediaType(ed.getAttribute("mediaType"), defaultType);
  const own = directText(ed);
  const url = child(ed, "reference")?.getAttribute("value") ?? "";
  if (own.trim() === "" && url.trim() !== "") return { kind: "reference", mediaType, url: url.trim() };
  if (ed.getAttribute("representation")?.toUpperCase() !== "B64")
    return { kind: "text", mediaType, text: own };
  const base64 = cleanBase64(own);
  if (base64 === undefined) return { kind: "invalid", mediaType, reason: "the base64 data is not valid" };
  const raster = RASTER[mediaType];
  if (raster) return { kind: "image", mediaType: raster, dataUrl: `data:${raster};base64,${base64}` };
  return { kind: "binary", mediaType, base64 };
}

/** Where an attachment belongs: the app replaces this marker with a download/view control for the payload. */
export function attachmentPlaceholder(index: number, label: string): HNode {
  return h("div", { class: "ccda-attachment", "data-attachment": index }, [label]);
}
