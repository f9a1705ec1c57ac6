/** Physical quantities (PQ), ranges (IVL_PQ) and ratios (RTO). */
import { attr, child } from "../parse/xml";
import { nullFlavorOf } from "./null-flavor";

/** "5 mg"; unit "1" (dimensionless) is dropped; a nullFlavor becomes words. */
export function formatPq(el: Element | undefined): string {
  if (!el) return "";
  const value = attr(el, "value")?.trim();
  const unit = attr(el, "unit")?.trim();
  if (value === undefined) {
    return nullFlavorOf(el) ?? "";
  }
  return unit === undefined || unit === "1" ? value : `${value} ${unit}`;
}

/** "1 – 2 mg", "≥ 5 mg", "≤ 10 mg", or the single value / center. */
export function formatIvlPq(el: Element | undefined): string {
  if (!el) return "";
  if (attr(el, "value") !== undefined) return formatPq(el);
  const center = child(el, "center");
  if (center) return formatPq(center);
  const low = child(el, "low");
  const high = child(el, "high");
  const lowText = attr(low, "value") === undefined ? "" : formatPq(low);
  const highText = attr(high, "value") === undefined ? "" : formatPq(high);
  if (lowText && highText) {
    const sameUnit = attr(low, "unit") === attr(high, "unit");
    return sameUnit ? `${attr(low, "value") ?? ""} \u2013 ${highText}` : `${lowText} \u2013 ${highText}`;
  }
  if (lowText) return `\u2265 ${lowText}`;
  if (highText) return `\u2264 ${highText}`;
  return nullFlavorOf(el) ?? "";
}

/** "1 tablet / 1 d" for RTO; a part without value is skipped. */
export function formatRto(el: Element | undefined): string {
  if (!el) return "";
  const num = formatPq(child(el, "numerator"));
  const den = formatPq(child(el, "denominator"));
  if (num && den) return `${num} / ${den}`;
  return num || den;
}
