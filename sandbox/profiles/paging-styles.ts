/**
 * The three ways vendors link search pages. Clients must follow `Bundle.link` as given; these only decide what
 * the links look like and where a requested page starts.
 */
import type { BundleLink } from "fhir/r4";
import { FhirError } from "../fhir/operation-outcome";
import { decodePageToken, encodePageToken, PAGE_PARAM, pageLinks } from "../fhir/paging";
import type { PagingStyle } from "./profile";

function withParams(base: URL, params: Record<string, string>): string {
  const url = new URL(base);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.toString();
}

/** Strict SMART and Epic: an opaque `_page` token, previous and next, and `Bundle.total`. */
export const OPAQUE_PAGING: PagingStyle = {
  params: [PAGE_PARAM],
  offset: (params) => decodePageToken(params.get(PAGE_PARAM)),
  links: (baseUrl, offset, count, ids) => pageLinks({ baseUrl, offset, count, total: ids.length }),
};

function invalidPage(): FhirError {
  return new FhirError(
    400,
    "invalid",
    "Invalid page or pageBookmark parameter; follow the Bundle links as given",
  );
}

/** Soarian: `page=<n>&pageBookmark=<id of the last entry of the previous page>`; self and next only. */
export const BOOKMARK_PAGING: PagingStyle = {
  params: ["page", "pageBookmark"],
  offset: (params, ids) => {
    const bookmark = params.get("pageBookmark");
    const page = params.get("page");
    if (bookmark === null && page === null) return 0;
    if (bookmark === null || page === null || !/^(?:[2-9]|[1-9]\d+)$/.test(page)) throw invalidPage();
    const index = ids.indexOf(bookmark);
    if (index < 0) throw invalidPage();
    return index + 1;
  },
  links: (base, offset, count, ids) => {
    const self = offset === 0 ? base.toString() : withParams(base, pageParams(offset, count, ids));
    const links: BundleLink[] = [{ relation: "self", url: self }];
    if (count > 0 && offset + count < ids.length) {
      links.push({ relation: "next", url: withParams(base, pageParams(offset + count, count, ids)) });
    }
    return links;
  },
};

function pageParams(offset: number, count: number, ids: readonly string[]): Record<string, string> {
  return {
    page: String(Math.floor(offset / Math.max(count, 1)) + 1),
    pageBookmark: ids[offset - 1] ?? "",
  };
}

/**
 * Millennium: `pageContext=<opaque>&direction=NEXT|PREVIOUS`. Each page after the first starts with the last entry
 * of the page before (Oracle warns the same id can appear on several pages; clients de-duplicate by id).
 */
export const PAGE_CONTEXT_PAGING: PagingStyle = {
  params: ["pageContext", "direction"],
  offset: (params) => {
    const context = params.get("pageContext");
    if (context === null) return 0;
    const direction = params.get("direction");
    if (direction !== "NEXT" && direction !== "PREVIOUS") {
      throw new FhirError(400, "invalid", "direction must be NEXT or PREVIOUS with pageContext");
    }
    return decodePageToken(context);
  },
  links: (base, offset, count, ids) => {
    const link = (at: number, direction: string): string =>
      withParams(base, { pageContext: encodePageToken(at), direction });
    const links: BundleLink[] = [
      { relation: "self", url: offset === 0 ? base.toString() : link(offset, "NEXT") },
    ];
    const overlap = count >= 2 ? 1 : 0;
    if (count > 0 && offset + count < ids.length)
      links.push({ relation: "next", url: link(offset + count - overlap, "NEXT") });
    if (offset > 0)
      links.push({ relation: "previous", url: link(Math.max(0, offset - count + overlap), "PREVIOUS") });
    return links;
  },
};
