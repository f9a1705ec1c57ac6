/**
 * HL7 TS (point in time) parsing and formatting that keeps the source's precision and offset.
 *
 * Style (one, everywhere): "1970", "Mar 1970", "15 Mar 1970", "15 Mar 1970, 2 PM" (hour precision),
 * "15 Mar 1970, 2:05 PM", "15 Mar 1970, 2:05:09 PM" (seconds only when given, fraction kept as given),
 * then the offset exactly as the source wrote it: "UTC−05:00". No offset in the source → none shown, and times are
 * never converted to the viewer's zone (a TS without offset is the sender's local time, not UTC).
 */
import { attr, child } from "../parse/xml";
import { h, type HNode } from "../render/html";
import type { RenderContext } from "../render/context";
import { nullFlavorOf } from "./null-flavor";
import { parseTs, type TsPrecision, type TsValue } from "./ts-parse";

export { parseTs, type TsPrecision, type TsValue };

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const pad = (n: number): string => String(n).padStart(2, "0");

/** "−05:00" with a real minus sign, as the source gave it. */
export function formatOffset(offset: string): string {
  return `UTC${offset.startsWith("-") ? "\u2212" : "+"}${offset.slice(1)}`;
}

function formatClock(v: TsValue): string {
  const hour = v.hour ?? 0;
  const suffix = hour < 12 ? "AM" : "PM";
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  if (v.minute === undefined) return `${h12} ${suffix}`;
  let clock = `${h12}:${pad(v.minute)}`;
  if (v.second !== undefined) clock += `:${pad(v.second)}${v.fraction !== undefined ? `.${v.fraction}` : ""}`;
  return `${clock} ${suffix}`;
}

function formatDatePart(v: TsValue): string {
  if (v.month === undefined) return String(v.year);
  const mon = MONTHS[v.month - 1] ?? "";
  if (v.day === undefined) return `${mon} ${v.year}`;
  return `${v.day} ${mon} ${v.year}`;
}

export interface FormatTsOptions {
  /** Show only the date part even when a time is given (e.g. birth dates). */
  dateOnly?: boolean;
}

/** Formats a TS (string or parsed) keeping its precision; an invalid value comes back unchanged. */
export function formatTs(value: string | TsValue | undefined, opts: FormatTsOptions = {}): string {
  if (value === undefined) return "";
  const v = typeof value === "string" ? parseTs(value) : value;
  if (!v) return typeof value === "string" ? value.trim() : "";
  let out = formatDatePart(v);
  if (v.hour !== undefined && !opts.dateOnly) out += `, ${formatClock(v)}`;
  if (v.offset !== undefined && !opts.dateOnly) out += ` ${formatOffset(v.offset)}`;
  return out;
}

/** Formats a raw TS and records an "invalid-value" warning when it is not a valid TS. */
export function formatTsChecked(
  value: string | undefined,
  ctx: Pick<RenderContext, "warnings">,
  where?: string,
  opts: FormatTsOptions = {},
): string {
  if (value === undefined || value.trim() === "") return "";
  if (!parseTs(value)) ctx.warnings.add("invalid-value", `Not a valid date/time: "${value.trim()}"`, where);
  return formatTs(value, opts);
}

/** The HTML `datetime` form of a TS, when one exists for its precision. */
export function isoDatetime(v: TsValue): string | undefined {
  if (v.precision === "year") return String(v.year).padStart(4, "0");
  const ym = `${String(v.year).padStart(4, "0")}-${pad(v.month ?? 1)}`;
  if (v.precision === "month") return ym;
  const date = `${ym}-${pad(v.day ?? 1)}`;
  if (v.hour === undefined) return date;
  let time = `${pad(v.hour)}:${pad(v.minute ?? 0)}`;
  if (v.second !== undefined) time += `:${pad(v.second)}${v.fraction !== undefined ? `.${v.fraction}` : ""}`;
  return `${date}T${time}${v.offset ?? ""}`;
}

/** A `<time>` node for a TS (plain text when the value is invalid). */
export function timeNode(value: string | undefined, opts: FormatTsOptions = {}): HNode | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  const v = parseTs(value);
  const label = formatTs(value, opts);
  if (!v) return h("span", {}, [label]);
  const iso = opts.dateOnly ? isoDatetime({ ...v, precision: minPrecision(v.precision) }) : isoDatetime(v);
  return h("time", { datetime: iso }, [label]);
}

function minPrecision(p: TsPrecision): TsPrecision {
  return p === "year" || p === "month" ? p : "day";
}

/** One end of an interval: its TS value, or the nullFlavor words when it has none. */
interface Boundary {
  value?: string;
  unknown?: string;
}

function boundary(el: Element | undefined): Boundary | undefined {
  if (!el) return undefined;
  const value = attr(el, "value");
  if (value !== undefined) return { value: formatTs(value) };
  const nf = attr(el, "nullFlavor");
  return nf === undefined ? undefined : { unknown: nf === "NA" ? "not applicable" : "unknown" };
}

/** "X – Y", "from X", "until Y", "X – unknown", "unknown – Y"; an interval with no concrete end is "". */
function joinBounds(low: Boundary | undefined, high: Boundary | undefined): string {
  const lowText = low?.value ?? low?.unknown;
  const highText = high?.value ?? high?.unknown;
  if (low?.value === undefined && high?.value === undefined) return "";
  if (lowText !== undefined && highText !== undefined)
    return lowText === highText ? lowText : `${lowText} \u2013 ${highText}`;
  return lowText !== undefined ? `from ${lowText}` : `until ${highText ?? ""}`;
}

function widthText(el: Element | undefined): string | undefined {
  const value = attr(el, "value");
  if (value === undefined) return undefined;
  const unit = attr(el, "unit");
  return unit === undefined ? value : `${value} ${unit}`;
}

/** Checks every TS attribute of an interval and warns about invalid ones. */
function checkInterval(el: Element, ctx: Pick<RenderContext, "warnings">, where?: string): void {
  const values = [attr(el, "value"), ...["low", "high", "center"].map((n) => attr(child(el, n), "value"))];
  for (const v of values) if (v !== undefined && !parseTs(v)) formatTsChecked(v, ctx, where);
}

/** Formats an IVL_TS (or a plain TS element): "X – Y", "from X", "until Y", a single point, or a nullFlavor. */
export function formatInterval(
  el: Element | undefined,
  ctx?: Pick<RenderContext, "warnings">,
  where?: string,
): string {
  if (!el) return "";
  if (ctx) checkInterval(el, ctx, where);
  const value = attr(el, "value");
  if (value !== undefined) return formatTs(value);
  const center = boundary(child(el, "center"));
  if (center?.value !== undefined) return center.value;
  let out = joinBounds(boundary(child(el, "low")), boundary(child(el, "high")));
  const width = widthText(child(el, "width"));
  if (width !== undefined) out = out ? `${out} (for ${width})` : `for ${width}`;
  if (out) return out;
  const nf = nullFlavorOf(el);
  if (nf !== undefined) return nf;
  // Only nullFlavored ends (e.g. <low nullFlavor="UNK"/>): the time is unknown.
  const ends = ["low", "high", "center"].map((n) => boundary(child(el, n))).filter((b) => b !== undefined);
  return ends.length > 0 ? "Unknown" : "";
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? "" : "s"}`;
}

/** Calendar age of `birth` at `at` (offsets ignored: both are calendar dates). Years from 2, months, days. */
export function ageAt(birth: TsValue, at: TsValue): string | undefined {
  if (birth.month === undefined || at.month === undefined) return undefined;
  const bDay = birth.day ?? 1;
  const aDay = at.day ?? (birth.day === undefined ? 1 : 31);
  let months = (at.year - birth.year) * 12 + (at.month - birth.month);
  if (aDay < bDay) months -= 1;
  if (months < 0) return undefined;
  if (months >= 24) return plural(Math.floor(months / 12), "year");
  if (months >= 1) return plural(months, "month");
  if (birth.day === undefined || at.day === undefined) return undefined;
  const days = Math.round(
    (Date.UTC(at.year, at.month - 1, at.day) - Date.UTC(birth.year, birth.month - 1, birth.day)) / 86_400_000,
  );
  return days >= 0 ? plural(days, "day") : undefined;
}
