/**
 * HL7 TS parsing: "YYYY[MM[DD[HH[MM[SS[.S+]]]]]][+/-ZZ[zz]]", every field range-checked, precision and the
 * offset kept exactly as written. See time.ts for formatting.
 */

export type TsPrecision = "year" | "month" | "day" | "hour" | "minute" | "second";

export interface TsValue {
  raw: string;
  precision: TsPrecision;
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  second?: number;
  /** Fraction of a second, digits as written (e.g. "123"). */
  fraction?: string;
  /** Offset sign and digits as written, normalised to "+hh:mm" / "-hh:mm"; "Z" → "+00:00". */
  offset?: string;
}

const TS_RE =
  /^(\d{4})(?:(\d{2})(?:(\d{2})(?:(\d{2})(?:(\d{2})(?:(\d{2})(?:\.(\d{1,6}))?)?)?)?)?)?(Z|[+-]\d{2}(?:\d{2})?)?$/;

const PRECISIONS: readonly TsPrecision[] = ["year", "month", "day", "hour", "minute", "second"];

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function num(s: string | undefined): number | undefined {
  return s === undefined ? undefined : Number(s);
}

function normaliseOffset(o: string | undefined): string | undefined {
  if (o === undefined) return undefined;
  if (o === "Z") return "+00:00";
  const hh = o.slice(1, 3);
  const mm = o.length > 3 ? o.slice(3, 5) : "00";
  if (Number(hh) > 14 || Number(mm) > 59) return "invalid";
  return `${o[0] ?? "+"}${hh}:${mm}`;
}

function inRange(v: TsValue): boolean {
  const { month, day, hour, minute, second } = v;
  if (month !== undefined && (month < 1 || month > 12)) return false;
  if (day !== undefined && (day < 1 || day > daysInMonth(v.year, month ?? 1))) return false;
  if (hour !== undefined && hour > 23) return false;
  if (minute !== undefined && minute > 59) return false;
  return second === undefined || second <= 60;
}

/** Parses an HL7 TS value; undefined when it is not a valid TS (callers keep the raw text). */
export function parseTs(value: string | null | undefined): TsValue | undefined {
  if (value === null || value === undefined) return undefined;
  const raw = value.trim();
  const m = TS_RE.exec(raw);
  if (!m) return undefined;
  const parts = [m[1], m[2], m[3], m[4], m[5], m[6]];
  const given = parts.filter((p) => p !== undefined).length;
  const offset = normaliseOffset(m[8]);
  if (offset === "invalid") return undefined;
  const v: TsValue = { raw, precision: PRECISIONS[given - 1] ?? "year", year: Number(m[1]) };
  const fields = ["month", "day", "hour", "minute", "second"] as const;
  fields.forEach((f, i) => {
    const n = num(parts[i + 1]);
    if (n !== undefined) v[f] = n;
  });
  if (m[7] !== undefined) v.fraction = m[7];
  if (offset !== undefined) v.offset = offset;
  return inRange(v) ? v : undefined;
}
