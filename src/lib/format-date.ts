/**
 * FHIR date/dateTime → display text that keeps the value's precision: "2019" stays a year, "2019-03" a
 * month; a date without time is never shifted by the viewer's time zone.
 */

export interface DateFormatOptions {
  readonly locale?: string;
  /** Time zone for values with a time (default: the viewer's). */
  readonly timeZone?: string;
}

const YEAR = /^\d{4}$/;
const MONTH = /^\d{4}-\d{2}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function format(date: Date, options: Intl.DateTimeFormatOptions, locale: string | undefined): string {
  return new Intl.DateTimeFormat(locale, options).format(date);
}

export function formatFhirDate(value: string | undefined, options: DateFormatOptions = {}): string {
  if (value === undefined || value.trim() === "") return "";
  const text = value.trim();
  if (YEAR.test(text)) return text;
  const utcDate = (suffix: string) => new Date(`${text}${suffix}T00:00:00Z`);
  if (MONTH.test(text)) {
    const date = utcDate("-01");
    return Number.isNaN(date.getTime())
      ? text
      : format(date, { year: "numeric", month: "short", timeZone: "UTC" }, options.locale);
  }
  if (DAY.test(text)) {
    const date = utcDate("");
    return Number.isNaN(date.getTime())
      ? text
      : format(date, { dateStyle: "medium", timeZone: "UTC" }, options.locale);
  }
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) return text;
  return format(
    date,
    {
      dateStyle: "medium",
      timeStyle: "short",
      ...(options.timeZone === undefined ? {} : { timeZone: options.timeZone }),
    },
    options.locale,
  );
}
