/** Instance identifiers (II): root / extension / assigningAuthorityName. */
import { attr } from "../parse/xml";
import { nullFlavorOf } from "./null-flavor";

/** Names of identifier namespaces common enough to be worth naming. */
const KNOWN_ROOTS: Readonly<Record<string, string>> = {
  "2.16.840.1.113883.4.1": "US SSN",
  "2.16.840.1.113883.4.6": "NPI",
  "2.16.840.1.113883.4.2": "US TIN",
  "2.16.840.1.113883.4.4": "US EIN",
  "2.16.840.1.113883.4.572": "Medicare",
  "2.16.840.1.113883.4.927": "Medicare MBI",
};

/** The name of an identifier's issuer: assigningAuthorityName, else a known root name. */
export function idIssuer(el: Element | undefined): string | undefined {
  const name = attr(el, "assigningAuthorityName")?.trim();
  if (name) return name;
  const root = attr(el, "root");
  return root === undefined ? undefined : KNOWN_ROOTS[root];
}

/**
 * "extension (issuer)" — the issuer is the assigning authority's name, a known name, or the root OID; an id with
 * only a root shows the root; a nullFlavor becomes words.
 */
export function formatId(el: Element | undefined): string {
  if (!el) return "";
  const root = attr(el, "root");
  const ext = attr(el, "extension")?.trim();
  const named = idIssuer(el);
  const issuer = named ?? root;
  if (ext) return issuer === undefined ? ext : `${ext} (${issuer})`;
  if (root !== undefined) return named === undefined ? root : `${root} (${named})`;
  return nullFlavorOf(el) ?? "";
}
