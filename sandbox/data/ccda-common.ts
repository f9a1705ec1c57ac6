/** Small CDA building blocks shared by the header and the sections. */
import type { LocalMoment, TsPrecision } from "./hl7-time";
import { hl7Ts } from "./hl7-time";
import type { Address, Coded, PersonName } from "./profiles";
import type { Attrs, Child, XmlElement } from "./xml-writer";
import { el } from "./xml-writer";

export const CCDA_R21 = "2015-08-01";

export function templateId(root: string, extension?: string): XmlElement {
  return el("templateId", { root, extension });
}

export function ii(root: string, extension?: string): XmlElement {
  return el("id", { root, extension });
}

/** A coded element (`code`, `value xsi:type="CD"`, `routeCode`, …) with optional children such as originalText. */
export function coded(name: string, code: Coded, extra: Attrs = {}, ...children: Child[]): XmlElement {
  return el(
    name,
    { code: code.code, codeSystem: code.system, displayName: code.display, ...extra },
    ...children,
  );
}

/** `<originalText><reference value="#id"/></originalText>`: points an entry at its narrative. */
export function originalText(refId: string): XmlElement {
  return el("originalText", null, el("reference", { value: `#${refId}` }));
}

export function ts(name: string, moment: LocalMoment, precision: TsPrecision = "minute"): XmlElement {
  return el(name, { value: hl7Ts(moment, precision) });
}

export function interval(
  low: LocalMoment,
  high?: LocalMoment,
  precision: TsPrecision = "minute",
): XmlElement {
  return el(
    "effectiveTime",
    null,
    ts("low", low, precision),
    high !== undefined ? ts("high", high, precision) : el("high", { nullFlavor: "UNK" }),
  );
}

export function nameEl(name: PersonName, use?: string): XmlElement {
  return el(
    "name",
    { use },
    name.prefix !== undefined ? el("prefix", null, name.prefix) : null,
    name.given.map((given) => el("given", null, given)),
    el("family", null, name.family),
    name.suffix !== undefined ? el("suffix", { qualifier: "AC" }, name.suffix) : null,
  );
}

export function addrEl(address: Address, use = "HP"): XmlElement {
  return el(
    "addr",
    { use },
    address.lines.map((line) => el("streetAddressLine", null, line)),
    el("city", null, address.city),
    el("state", null, address.state),
    el("postalCode", null, address.postalCode),
    el("country", null, address.country),
  );
}

export function telecomEl(phone: string, use = "HP"): XmlElement {
  return el("telecom", { use, value: `tel:${phone}` });
}

export function emailEl(email: string, use = "WP"): XmlElement {
  return el("telecom", { use, value: `mailto:${email}` });
}

/** `<value xsi:type="CD">`, optionally pointing at its narrative. */
export function valueCd(code: Coded, refId?: string): XmlElement {
  return coded("value", code, { "xsi:type": "CD" }, refId !== undefined ? originalText(refId) : null);
}
