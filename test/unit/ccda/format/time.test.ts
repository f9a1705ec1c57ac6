import { describe, expect, it } from "vitest";
import {
  ageAt,
  formatInterval,
  formatTs,
  formatTsChecked,
  isoDatetime,
  parseTs,
  timeNode,
} from "../../../../src/ccda/format/time";
import { toHtml } from "../../../../src/ccda/render/html";
import { Warnings } from "../../../../src/ccda/warnings";
import { el } from "../header/test-context";

function ts(value: string) {
  const v = parseTs(value);
  if (!v) throw new Error(`fixture TS ${value} did not parse`);
  return v;
}

describe("formatTs keeps precision (the CDA.xsl bug table, §3.7)", () => {
  it.each([
    ["1970", "1970"],
    ["197003", "Mar 1970"],
    ["19700315", "15 Mar 1970"],
    ["1970031500", "15 Mar 1970, 12 AM"],
    ["197003151200", "15 Mar 1970, 12:00 PM"],
    ["197003150005", "15 Mar 1970, 12:05 AM"],
    ["197003151405", "15 Mar 1970, 2:05 PM"],
    ["19700315140509", "15 Mar 1970, 2:05:09 PM"],
    ["20240101120000-0500", "1 Jan 2024, 12:00:00 PM UTC\u221205:00"],
    ["19700315123000.123+0100", "15 Mar 1970, 12:30:00.123 PM UTC+01:00"],
    ["202401011200-05", "1 Jan 2024, 12:00 PM UTC\u221205:00"],
    ["20240101+0530", "1 Jan 2024 UTC+05:30"],
  ])("%s → %s", (raw, expected) => {
    expect(formatTs(raw)).toBe(expected);
  });

  it("never invents an offset and never converts to local time", () => {
    expect(formatTs("20240101120000")).toBe("1 Jan 2024, 12:00:00 PM");
    expect(formatTs("20240101120000")).not.toMatch(/UTC|GMT|Z/);
    expect(formatTs("20240101230000-0500")).toContain("11:00:00 PM");
  });

  it("dateOnly drops the time and the offset", () => {
    expect(formatTs("19700315123000+0100", { dateOnly: true })).toBe("15 Mar 1970");
  });

  it.each([
    "",
    "abc",
    "19701",
    "19701301",
    "19700230",
    "1970031525",
    "19700315126",
    "20240101-2500",
    "2024-01-01",
  ])("returns an invalid value %j unchanged", (raw) => {
    expect(parseTs(raw)).toBeUndefined();
    expect(formatTs(raw)).toBe(raw.trim());
  });

  it("accepts leap days only in leap years", () => {
    expect(parseTs("20240229")).toBeDefined();
    expect(parseTs("20230229")).toBeUndefined();
  });

  it("formatTsChecked warns about invalid values and passes valid ones silently", () => {
    const warnings = new Warnings();
    expect(formatTsChecked("2024013", { warnings }, "here")).toBe("2024013");
    expect(formatTsChecked("20240131", { warnings }, "here")).toBe("31 Jan 2024");
    expect(warnings.toArray()).toEqual([
      { kind: "invalid-value", message: 'Not a valid date/time: "2024013"', where: "here" },
    ]);
  });
});

describe("time nodes", () => {
  it("gives a datetime attribute matching the precision", () => {
    expect(isoDatetime(ts("1970"))).toBe("1970");
    expect(isoDatetime(ts("197003"))).toBe("1970-03");
    expect(isoDatetime(ts("1970031500"))).toBe("1970-03-15T00:00");
    expect(isoDatetime(ts("19700315123000.123+0100"))).toBe("1970-03-15T12:30:00.123+01:00");
  });

  it("renders <time> for valid values and plain text for invalid ones", () => {
    const ok = timeNode("20240101120000-0500");
    expect(ok && toHtml([ok])).toBe(
      '<time datetime="2024-01-01T12:00:00-05:00">1 Jan 2024, 12:00:00 PM UTC\u221205:00</time>',
    );
    const bad = timeNode("garbage<script>");
    expect(bad && toHtml([bad])).toBe("<span>garbage&lt;script&gt;</span>");
    expect(timeNode(undefined)).toBeUndefined();
  });
});

describe("formatInterval", () => {
  it.each([
    ['<effectiveTime value="20240101"/>', "1 Jan 2024"],
    [
      '<effectiveTime><low value="20240101"/><high value="20240105"/></effectiveTime>',
      "1 Jan 2024 \u2013 5 Jan 2024",
    ],
    ['<effectiveTime><low value="20240101"/></effectiveTime>', "from 1 Jan 2024"],
    ['<effectiveTime><high value="20240105"/></effectiveTime>', "until 5 Jan 2024"],
    [
      '<effectiveTime><low value="20240101"/><high nullFlavor="UNK"/></effectiveTime>',
      "1 Jan 2024 \u2013 unknown",
    ],
    ['<effectiveTime><low nullFlavor="UNK"/><high value="2024"/></effectiveTime>', "unknown \u2013 2024"],
    ['<effectiveTime><center value="202401"/></effectiveTime>', "Jan 2024"],
    [
      '<effectiveTime><low value="20240101"/><width value="3" unit="d"/></effectiveTime>',
      "from 1 Jan 2024 (for 3 d)",
    ],
    ['<effectiveTime nullFlavor="UNK"/>', "Unknown"],
    ['<effectiveTime><low nullFlavor="UNK"/></effectiveTime>', "Unknown"],
    ['<effectiveTime><low nullFlavor="UNK"/><high nullFlavor="UNK"/></effectiveTime>', "Unknown"],
    ["<effectiveTime/>", ""],
  ])("%s → %s", (xml, expected) => {
    expect(formatInterval(el(xml))).toBe(expected);
  });

  it("warns about invalid boundaries when given a context", () => {
    const warnings = new Warnings();
    expect(formatInterval(el('<effectiveTime><low value="2024-01-01"/></effectiveTime>'), { warnings })).toBe(
      "from 2024-01-01",
    );
    expect(warnings.toArray().map((w) => w.kind)).toEqual(["invalid-value"]);
  });

  it("is empty for a missing element", () => {
    expect(formatInterval(undefined)).toBe("");
  });
});

describe("ageAt (at the document date, never today)", () => {
  it.each([
    ["19700315", "20240101", "53 years"],
    ["19700315", "20240315", "54 years"],
    ["19700315", "20240314", "53 years"],
    ["20230601", "20240101", "7 months"],
    ["20231220", "20240101", "12 days"],
    ["20220101", "20240101", "2 years"],
    ["20230101", "20240101", "12 months"],
    ["197003", "20240401", "54 years"],
  ])("born %s, document %s → %s", (birth, at, expected) => {
    expect(ageAt(ts(birth), ts(at))).toBe(expected);
  });

  it("says nothing when it cannot know (year-only birth, document before birth)", () => {
    expect(ageAt(ts("1970"), ts("20240101"))).toBeUndefined();
    expect(ageAt(ts("20240102"), ts("20240101"))).toBeUndefined();
  });

  it("uses singular units", () => {
    expect(ageAt(ts("20231201"), ts("20240101"))).toBe("1 month");
    expect(ageAt(ts("20231231"), ts("20240101"))).toBe("1 day");
  });
});
