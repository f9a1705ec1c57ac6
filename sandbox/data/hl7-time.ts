/**
 * Dates for the synthetic dataset. Everything is computed from one fixed base instant (never the wall clock), and
 * formatted as HL7 v3 TS (`yyyyMMddHHmmss±ZZZZ`, any precision) or FHIR instants with the same local offset.
 */

/** The dataset's "now": every generated date lies before it. */
export const BASE_INSTANT = Date.UTC(2026, 5, 1, 10, 0, 0);

const DAY_MS = 86_400_000;

export type TsPrecision = "year" | "month" | "day" | "hour" | "minute" | "second";

/** A moment plus the UTC offset (minutes) at which the source system recorded it. */
export interface LocalMoment {
  utcMs: number;
  offsetMinutes: number;
}

const pad = (value: number, width = 2): string => String(value).padStart(width, "0");

function localParts(moment: LocalMoment): Date {
  return new Date(moment.utcMs + moment.offsetMinutes * 60_000);
}

function offsetText(offsetMinutes: number, separator: string): string {
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(offsetMinutes);
  return `${sign}${pad(Math.floor(abs / 60))}${separator}${pad(abs % 60)}`;
}

/** HL7 TS at the given precision; a time zone is only written when the value carries a time. */
export function hl7Ts(moment: LocalMoment, precision: TsPrecision = "second"): string {
  const d = localParts(moment);
  const parts = [
    pad(d.getUTCFullYear(), 4),
    pad(d.getUTCMonth() + 1),
    pad(d.getUTCDate()),
    pad(d.getUTCHours()),
    pad(d.getUTCMinutes()),
    pad(d.getUTCSeconds()),
  ];
  const count = { year: 1, month: 2, day: 3, hour: 4, minute: 5, second: 6 }[precision];
  const value = parts.slice(0, count).join("");
  return count > 3 ? value + offsetText(moment.offsetMinutes, "") : value;
}

/** FHIR dateTime/instant with the local offset, e.g. `2024-03-05T08:15:00-05:00`. */
export function fhirDateTime(moment: LocalMoment): string {
  const d = localParts(moment);
  const date = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  return `${date}T${time}${offsetText(moment.offsetMinutes, ":")}`;
}

/** US Central time as our sample facilities record it: CDT (-05:00) April to October, CST (-06:00) otherwise. */
export function centralOffset(utcMs: number): number {
  const month = new Date(utcMs).getUTCMonth();
  return month >= 3 && month <= 9 ? -300 : -360;
}

/** Eastern time, same simplified rule. */
export function easternOffset(utcMs: number): number {
  return centralOffset(utcMs) + 60;
}

/** A local wall-clock time `daysAgo` days before the base date (local hour/minute in the given zone rule). */
export function localMoment(
  daysAgo: number,
  hour: number,
  minute: number,
  zone: (utcMs: number) => number,
): LocalMoment {
  const day = BASE_INSTANT - daysAgo * DAY_MS;
  const midnightUtc = day - (day % DAY_MS);
  const offsetMinutes = zone(midnightUtc);
  const utcMs = midnightUtc + (hour * 60 + minute - offsetMinutes) * 60_000;
  return { utcMs, offsetMinutes };
}

export function addMinutes(moment: LocalMoment, minutes: number): LocalMoment {
  return { utcMs: moment.utcMs + minutes * 60_000, offsetMinutes: moment.offsetMinutes };
}

export function addDays(moment: LocalMoment, days: number): LocalMoment {
  return addMinutes(moment, days * 1440);
}

/** Long English date for narrative text, e.g. "March 5, 2024". */
export function narrativeDate(moment: LocalMoment): string {
  const d = localParts(moment);
  const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September"];
  const all = [...months, "October", "November", "December"];
  return `${all[d.getUTCMonth()] ?? ""} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
}

/** Short date for table cells, e.g. "03/05/2024". */
export function shortDate(moment: LocalMoment): string {
  const d = localParts(moment);
  return `${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${d.getUTCFullYear()}`;
}
