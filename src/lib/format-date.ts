/**
 * FHIR date/dateTime → display text that keeps the value's precision: "2019" stays a year, "2019-03" a
 * month. Times are shown on the clock the source wrote them in, never converted to the viewer's time zone, so
 * the list agrees with the document it opens (the C-CDA header shows source times the same way).
 */

export interface DateFormatOptions {
  readonly locale?: string;
}

const YEAR = /^\d{4}$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?$/;

/** A Date whose UTC fields are the given wall-clock fields, or undefined when they are not a real moment. */
function wallClock(parts: readonly (string | undefined)[]): Date | undefined {
  const [y, mo, d, h, mi, s] = parts.map((p) => (p === undefined ? 0 : Number(p)));
  const date = new Date(Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0, s ?? 0));
  const roundTrips = date.getUTCMonth() === (mo ?? 1) - 1 && date.getUTCDate() === (d ?? 1) && (h ?? 0) < 24;
  return roundTrips && (mi ?? 0) < 60 ? date : undefined;
}

const STYLES = {
  month: { year: "numeric", month: "short" },
  day: { dateStyle: "medium" },
  dateTime: { dateStyle: "medium", timeStyle: "short" },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Building an Intl.DateTimeFormat is costly and the list formats a date per row per render: one per style. */
function format(date: Date, style: keyof typeof STYLES, locale: string | undefined): string {
  const key = `${style}|${locale ?? ""}`;
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat(locale, { ...STYLES[style], timeZone: "UTC" });
    formatters.set(key, formatter);
  }
  return formatter.format(date);
}

export function formatFhirDate(value: string | undefined, options: DateFormatOptions = {}): string {
  if (value === undefined || value.trim() === "") return "";
  const text = value.trim();
  if (YEAR.test(text)) return text;
  const month = MONTH.exec(text);
  if (month) {
    const date = wallClock([month[1], month[2], "1"]);
    return date ? format(date, "month", options.locale) : text;
  }
  const day = DAY.exec(text);
  if (day) {
    const date = wallClock(day.slice(1));
    return date ? format(date, "day", options.locale) : text;
  }
  const dateTime = DATE_TIME.exec(text);
  const date = dateTime ? wallClock(dateTime.slice(1, 7)) : undefined;
  return date ? format(date, "dateTime", options.locale) : text;
}
