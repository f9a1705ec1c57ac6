import { describe, expect, it } from "vitest";
import { formatFhirDate } from "../../../src/lib/format-date";

const options = { locale: "en-US", timeZone: "UTC" };

describe("formatFhirDate", () => {
  it("keeps the precision of the value", () => {
    expect(formatFhirDate("2019", options)).toBe("2019");
    expect(formatFhirDate("2019-03", options)).toBe("Mar 2019");
    expect(formatFhirDate("2019-03-05", options)).toBe("Mar 5, 2019");
  });

  it("never shifts a date without time by the viewer's time zone", () => {
    expect(formatFhirDate("2019-01-01", { locale: "en-US", timeZone: "America/Los_Angeles" })).toBe(
      "Jan 1, 2019",
    );
  });

  it("shows date and time for dateTimes", () => {
    expect(formatFhirDate("2019-03-05T14:30:00Z", options)).toMatch(/^Mar 5, 2019,? (at )?2:30\sPM$/);
  });

  it("returns unparseable input as given, and nothing for nothing", () => {
    expect(formatFhirDate("sometime in spring", options)).toBe("sometime in spring");
    expect(formatFhirDate("2019-13", options)).toBe("2019-13");
    expect(formatFhirDate(undefined, options)).toBe("");
  });
});
