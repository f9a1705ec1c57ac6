import { describe, expect, it } from "vitest";
import { formatFhirDate } from "../../../src/lib/format-date";

const options = { locale: "en-US" };

describe("formatFhirDate", () => {
  it("keeps the precision of the value", () => {
    expect(formatFhirDate("2019", options)).toBe("2019");
    expect(formatFhirDate("2019-03", options)).toBe("Mar 2019");
    expect(formatFhirDate("2019-03-05", options)).toBe("Mar 5, 2019");
  });

  it("never shifts a date without time by the viewer's time zone", () => {
    expect(formatFhirDate("2019-01-01", options)).toBe("Jan 1, 2019");
  });

  it("shows a time on the clock the source wrote it in (12 AM / 12 PM right), never converted", () => {
    expect(formatFhirDate("2026-04-26T00:05:00-05:00", options)).toMatch(/^Apr 26, 2026,? (at )?12:05\sAM$/);
    expect(formatFhirDate("2026-04-26T12:34:00+09:00", options)).toMatch(/^Apr 26, 2026,? (at )?12:34\sPM$/);
    expect(formatFhirDate("2026-04-26T23:59:59.123Z", options)).toMatch(/11:59\sPM$/);
  });

  it("shows date and time for dateTimes", () => {
    expect(formatFhirDate("2019-03-05T14:30:00Z", options)).toMatch(/^Mar 5, 2019,? (at )?2:30\sPM$/);
  });

  it("returns unparseable input as given, and nothing for nothing", () => {
    expect(formatFhirDate("sometime in spring", options)).toBe("sometime in spring");
    expect(formatFhirDate("2019-13", options)).toBe("2019-13");
    expect(formatFhirDate("2019-02-30", options)).toBe("2019-02-30");
    expect(formatFhirDate("2019-02-03T25:00:00Z", options)).toBe("2019-02-03T25:00:00Z");
    expect(formatFhirDate(undefined, options)).toBe("");
  });
});
