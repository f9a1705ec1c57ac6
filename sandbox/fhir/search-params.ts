import type { CodeableConcept } from "fhir/r4";
import { FhirError } from "./operation-outcome";

/** A token search value: `system|code`, `|code` (no system), `system|` (any code) or `code` (any system). */
export interface TokenValue {
  system?: string;
  code?: string;
}

export function parseTokenList(raw: string): TokenValue[] {
  return raw
    .split(",")
    .filter((v) => v !== "")
    .map((value) => {
      const bar = value.indexOf("|");
      if (bar < 0) return { code: value };
      const token: TokenValue = { system: value.slice(0, bar) };
      const code = value.slice(bar + 1);
      if (code !== "") token.code = code;
      return token;
    });
}

export function conceptMatches(concept: CodeableConcept | undefined, token: TokenValue): boolean {
  return (concept?.coding ?? []).some((coding) => {
    if (token.code !== undefined && coding.code !== token.code) return false;
    if (token.system === undefined) return true;
    return token.system === "" ? coding.system === undefined : coding.system === token.system;
  });
}

const DATE_PREFIXES = ["eq", "ne", "gt", "lt", "ge", "le"] as const;
type DatePrefix = (typeof DATE_PREFIXES)[number];

/** A date search value as the half-open instant range [start, end) its precision implies. */
export interface DateValue {
  prefix: DatePrefix;
  start: number;
  end: number;
}

const DATE_PATTERN =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

/** Rejects calendar nonsense such as month 13 or 31 February, which Date.UTC would silently roll over. */
function isRealDate(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
): boolean {
  const date = new Date(Date.UTC(year, month, day, hour, minute, second));
  return (
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month &&
    date.getUTCDate() === day &&
    date.getUTCHours() === hour &&
    date.getUTCMinutes() === minute &&
    date.getUTCSeconds() === second
  );
}

function rangeOf(value: string): { start: number; end: number } | undefined {
  const m = DATE_PATTERN.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, ms, zone] = m;
  const valid = isRealDate(
    Number(y),
    Number(mo ?? 1) - 1,
    Number(d ?? 1),
    Number(h ?? 0),
    Number(mi ?? 0),
    Number(s ?? 0),
  );
  if (!valid) return undefined;
  const year = Number(y);
  if (mo === undefined) return { start: Date.UTC(year, 0), end: Date.UTC(year + 1, 0) };
  const month = Number(mo) - 1;
  if (d === undefined) return { start: Date.UTC(year, month), end: Date.UTC(year, month + 1) };
  const day = Number(d);
  if (h === undefined) return { start: Date.UTC(year, month, day), end: Date.UTC(year, month, day + 1) };
  // Times without a zone are read as UTC (FHIR requires a zone; we are lenient but predictable).
  const iso = `${y}-${mo}-${d}T${h}:${mi}:${s ?? "00"}${ms ?? ""}${zone ?? "Z"}`;
  const start = Date.parse(iso);
  if (Number.isNaN(start)) return undefined;
  const width = ms !== undefined ? 1 : s !== undefined ? 1000 : 60_000;
  return { start, end: start + width };
}

export function parseDate(raw: string): DateValue {
  const prefix = DATE_PREFIXES.find((p) => raw.startsWith(p)) ?? "eq";
  const hasPrefix = /^[a-z]{2}/.test(raw);
  if (hasPrefix && !raw.startsWith(prefix)) {
    throw new FhirError(
      400,
      "not-supported",
      `Invalid date comparator [${raw.slice(0, 2)}] for [date] parameter. Supported comparators are eq, ne, gt, lt, ge, and le.`,
    );
  }
  const range = rangeOf(hasPrefix ? raw.slice(2) : raw);
  if (range === undefined)
    throw new FhirError(400, "invalid", `Invalid date value [${raw}] for [date] parameter.`);
  return { prefix, ...range };
}

export function dateMatches(instant: number, value: DateValue): boolean {
  switch (value.prefix) {
    case "eq":
      return instant >= value.start && instant < value.end;
    case "ne":
      return instant < value.start || instant >= value.end;
    case "gt":
      return instant >= value.end;
    case "lt":
      return instant < value.start;
    case "ge":
      return instant >= value.start;
    case "le":
      return instant < value.end;
  }
}
