import type { BundleLink } from "fhir/r4";
import { FhirError } from "./operation-outcome";

/** The opaque page parameter of our next/previous links. Clients must follow links, never build them. */
export const PAGE_PARAM = "_page";

export function encodePageToken(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset }), "utf8").toString("base64url");
}

export function decodePageToken(token: string | null): number {
  if (token === null) return 0;
  try {
    const value: unknown = JSON.parse(Buffer.from(token, "base64url").toString("utf8"));
    if (typeof value === "object" && value !== null && "o" in value) {
      const offset = value.o;
      if (typeof offset === "number" && Number.isInteger(offset) && offset >= 0) return offset;
    }
  } catch {
    // fall through to the 400 below
  }
  throw new FhirError(400, "invalid", "The page token is invalid; follow the Bundle links as given");
}

export interface PageRequest {
  /** Absolute search URL without the page parameter. */
  baseUrl: URL;
  offset: number;
  count: number;
  total: number;
}

function pageUrl(base: URL, offset: number): string {
  const url = new URL(base);
  if (offset > 0) url.searchParams.set(PAGE_PARAM, encodePageToken(offset));
  return url.toString();
}

export function pageLinks({ baseUrl, offset, count, total }: PageRequest): BundleLink[] {
  const links: BundleLink[] = [{ relation: "self", url: pageUrl(baseUrl, offset) }];
  if (count === 0) return links;
  if (offset + count < total) links.push({ relation: "next", url: pageUrl(baseUrl, offset + count) });
  if (offset > 0) links.push({ relation: "previous", url: pageUrl(baseUrl, Math.max(0, offset - count)) });
  return links;
}
