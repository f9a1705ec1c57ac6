import { mediaType } from "../http/body";

/** How a Binary is returned: the FHIR Binary resource (base64 data) or the raw bytes. */
export type BinaryRepresentation = "fhir-json" | "raw";

const FHIR_JSON = new Set(["application/fhir+json", "application/json+fhir"]);

interface MediaRange {
  type: string;
  q: number;
}

function parseAccept(header: string): MediaRange[] {
  return header
    .split(",")
    .map((part) => {
      const [type = "", ...params] = part.split(";").map((p) => p.trim().toLowerCase());
      const q = params.find((p) => p.startsWith("q="));
      return { type, q: q === undefined ? 1 : Number(q.slice(2)) };
    })
    .filter((range) => range.type !== "" && range.q > 0)
    .sort((a, b) => b.q - a.q);
}

function representationFor(range: string, contentType: string): BinaryRepresentation | undefined {
  if (FHIR_JSON.has(range)) return "fhir-json";
  if (range === "*/*" || range === contentType) return "raw";
  const [major] = contentType.split("/");
  return range === `${major ?? ""}/*` ? "raw" : undefined;
}

/**
 * Millennium-style negotiation: `application/fhir+json` gives the Binary resource, the document's own type (or a
 * wildcard) gives raw bytes, and plain `application/json` is refused (406) unless the document itself is JSON.
 * No Accept header at all means "anything", so raw bytes.
 */
export function negotiateBinary(
  accept: string | undefined,
  storedType: string,
): BinaryRepresentation | undefined {
  const contentType = mediaType(storedType);
  if (accept === undefined || accept.trim() === "") return "raw";
  for (const range of parseAccept(accept)) {
    const representation = representationFor(range.type, contentType);
    if (representation !== undefined) return representation;
  }
  return undefined;
}

const JSON_RANGES = new Set([...FHIR_JSON, "application/json", "application/*", "*/*"]);

/** Resources other than Binary are JSON only (Oracle Health answers 406 to anything else). */
export function acceptsJson(accept: string | undefined): boolean {
  if (accept === undefined || accept.trim() === "") return true;
  return parseAccept(accept).some((range) => JSON_RANGES.has(range.type));
}

const SOARIAN_JSON = new Set([...FHIR_JSON, "application/json"]);

/** Soarian: the Binary comes only as the JSON resource; Accept must be one of the three JSON types (or absent). */
export function negotiateJsonOnly(accept: string | undefined): BinaryRepresentation | undefined {
  if (accept === undefined || accept.trim() === "") return "fhir-json";
  return parseAccept(accept).some((range) => SOARIAN_JSON.has(range.type)) ? "fhir-json" : undefined;
}
