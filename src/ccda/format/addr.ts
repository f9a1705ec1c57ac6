/** Postal addresses (AD) as readable lines. */
import { isolateBidi } from "./bidi";
import { children, elementChildren, isCda, normalizeSpace, textOf } from "../parse/xml";
import { nullFlavorOf } from "./null-flavor";
import { labelsOfUse } from "./use-codes";

const ADDR_USES: Readonly<Record<string, string>> = {
  H: "Home",
  HP: "Primary home",
  HV: "Vacation home",
  WP: "Work",
  DIR: "Direct",
  PUB: "Public",
  BAD: "Bad address",
  TMP: "Temporary",
  PHYS: "Physical",
  PST: "Postal",
  CONF: "Confidential",
};

/** Words for an address's `use` attribute; undefined when absent. */
export function addrUseLabel(el: Element | undefined): string | undefined {
  return labelsOfUse(el, ADDR_USES);
}

function partsNamed(el: Element, name: string): string[] {
  return children(el, name)
    .map((c) => textOf(c))
    .filter(Boolean);
}

const STREET_PARTS = [
  "houseNumber",
  "houseNumberNumeric",
  "direction",
  "streetName",
  "streetNameBase",
  "streetNameType",
  "unitType",
  "unitID",
  "additionalLocator",
  "deliveryAddressLine",
  "postBox",
  "careOf",
];
const KNOWN = new Set([
  "streetAddressLine",
  "city",
  "state",
  "postalCode",
  "country",
  "county",
  "precinct",
  "censusTract",
  "useablePeriod",
  ...STREET_PARTS,
]);

/** Address lines: street lines, "City, ST 12345", county, country. A nullFlavor or bare text is one line. */
export function formatAddrLines(el: Element | undefined): string[] {
  return addrLines(el).map(isolateBidi);
}

function addrLines(el: Element | undefined): string[] {
  if (!el) return [];
  const kids = elementChildren(el).filter((c) => isCda(c));
  if (kids.length === 0) {
    const own = textOf(el);
    if (own) return [own];
    const nf = nullFlavorOf(el);
    return nf === undefined ? [] : [nf];
  }
  const lines = partsNamed(el, "streetAddressLine");
  const street = normalizeSpace(STREET_PARTS.flatMap((p) => partsNamed(el, p)).join(" "));
  if (street) lines.push(street);
  const city = partsNamed(el, "city").join(" ");
  const stateZip = normalizeSpace([...partsNamed(el, "state"), ...partsNamed(el, "postalCode")].join(" "));
  const cityLine = [city, stateZip].filter(Boolean).join(", ");
  if (cityLine) lines.push(cityLine);
  const county = partsNamed(el, "county").join(" ");
  if (county) lines.push(county);
  const other = kids
    .filter((k) => !KNOWN.has(k.localName))
    .map((k) => textOf(k))
    .filter(Boolean);
  return [...lines, ...partsNamed(el, "country"), ...other];
}
