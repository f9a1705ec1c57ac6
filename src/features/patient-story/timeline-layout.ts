/** Pure geometry of the timeline: times as epoch ms, a linear scale and year ticks. */

/** HL7 TS → epoch ms (UTC, offset ignored: a day-level axis does not need it); undefined when unreadable. */
export function tsToMs(ts: string | undefined): number | undefined {
  const m = /^(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?/.exec(ts?.trim() ?? "");
  if (m === null) return undefined;
  const [, y, mo, d, h, mi] = m;
  const ms = Date.UTC(
    Number(y),
    Number(mo ?? "01") - 1,
    Number(d ?? "01"),
    Number(h ?? "0"),
    Number(mi ?? "0"),
  );
  return Number.isNaN(ms) ? undefined : ms;
}

export interface Scale {
  readonly x: (ms: number) => number;
  readonly min: number;
  readonly max: number;
}

const DAY = 86_400_000;

/** Maps [min, max] (padded by 2% each side, at least a month wide) onto [left, right]. */
export function timeScale(times: readonly number[], left: number, right: number): Scale {
  const lo = Math.min(...times);
  const hi = Math.max(...times);
  const span = Math.max(hi - lo, 30 * DAY);
  const min = lo - span * 0.02;
  const max = lo + span * 1.02;
  return { min, max, x: (ms) => left + ((ms - min) / (max - min)) * (right - left) };
}

/** 1 January of each year inside the scale, thinned so at most ~12 ticks show. */
export function yearTicks(scale: Scale): { ms: number; label: string }[] {
  const first = new Date(scale.min).getUTCFullYear() + 1;
  const last = new Date(scale.max).getUTCFullYear();
  const years: number[] = [];
  for (let y = first; y <= last; y += 1) years.push(y);
  const step = Math.max(1, Math.ceil(years.length / 12));
  return years.filter((_, i) => i % step === 0).map((y) => ({ ms: Date.UTC(y, 0, 1), label: String(y) }));
}
