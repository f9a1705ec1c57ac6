/** Raw times of a clinical statement and a sortable key for HL7 TS values. */
import { attr, child } from "../parse/xml";
import { mainTime } from "../render/entries-util";
import type { StoryTimes } from "./types";

const TS_DIGITS = /^\d{4,14}/;

/** "20200114" → "20200114000000": a fixed-width key that sorts TS values of any precision (offsets ignored). */
export function tsSortKey(ts: string | undefined): string {
  const digits = TS_DIGITS.exec(ts?.trim() ?? "")?.[0];
  return digits === undefined ? "" : digits.padEnd(14, "0");
}

/** The day part ("20200114") of a TS, or "" – used where "the same day" is what matters. */
export function tsDay(ts: string | undefined): string {
  return tsSortKey(ts).slice(0, 8);
}

function valueOf(el: Element | undefined): string | undefined {
  const v = attr(el, "value")?.trim();
  return v === undefined || v === "" ? undefined : v;
}

/** low/high/value of the statement's main effectiveTime; nullFlavored ends are left out. */
export function timesOf(el: Element | undefined): StoryTimes {
  const t = mainTime(el);
  if (!t) return {};
  const value = valueOf(t) ?? valueOf(child(t, "center"));
  const low = valueOf(child(t, "low"));
  const high = valueOf(child(t, "high"));
  return {
    ...(value === undefined ? {} : { value }),
    ...(low === undefined ? {} : { low }),
    ...(high === undefined ? {} : { high }),
  };
}

/** The item's own "when": a point, else its start, else its end. */
export function whenOf(times: StoryTimes): string | undefined {
  return times.value ?? times.low ?? times.high;
}

/** Later of two TS values (undefined-safe). */
export function laterTs(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return tsSortKey(b) > tsSortKey(a) ? b : a;
}
