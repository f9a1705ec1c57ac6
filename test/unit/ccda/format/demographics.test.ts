import { describe, expect, it } from "vitest";
import { addrUseLabel, formatAddrLines } from "../../../../src/ccda/format/addr";
import { formatId } from "../../../../src/ccda/format/identifier";
import { formatName, nameUseLabel } from "../../../../src/ccda/format/name";
import { formatIvlPq, formatPq, formatRto } from "../../../../src/ccda/format/quantity";
import { formatValue } from "../../../../src/ccda/format/value";
import { el, makeCtx } from "../header/test-context";

describe("formatName", () => {
  it("orders prefix, given, family, suffix whatever the document order", () => {
    const name = el(
      "<name use='L'><family>Jones</family><given>Ann</given><given qualifier='CL'>Annie</given><prefix>Dr.</prefix><suffix>MD</suffix></name>",
    );
    expect(formatName(name)).toBe('Dr. Ann "Annie" Jones MD');
    expect(nameUseLabel(name)).toBe("Legal");
  });

  it("uses plain text names and nullFlavors", () => {
    expect(formatName(el("<name>Good Health Clinic</name>"))).toBe("Good Health Clinic");
    expect(formatName(el("<name nullFlavor='UNK'/>"))).toBe("Unknown");
    expect(formatName(undefined)).toBe("");
  });
});

describe("formatAddrLines", () => {
  it("gives street lines, city line and country", () => {
    const addr = el(
      "<addr use='HP'><streetAddressLine>1 Main St</streetAddressLine><streetAddressLine>Apt 2</streetAddressLine><city>Portland</city><state>OR</state><postalCode>97005</postalCode><country>US</country></addr>",
    );
    expect(formatAddrLines(addr)).toEqual(["1 Main St", "Apt 2", "Portland, OR 97005", "US"]);
    expect(addrUseLabel(addr)).toBe("Primary home");
  });

  it("keeps parts it does not lay out and nullFlavors", () => {
    expect(
      formatAddrLines(el("<addr><city>Bern</city><precinct>X</precinct><unknownPart>Y</unknownPart></addr>")),
    ).toEqual(["Bern", "Y"]);
    expect(formatAddrLines(el("<addr nullFlavor='UNK'/>"))).toEqual(["Unknown"]);
  });
});

describe("formatId", () => {
  it.each([
    ["<id root='2.16.840.1.113883.4.6' extension='123'/>", "123 (NPI)"],
    ["<id root='1.2.3' extension='MRN9' assigningAuthorityName='Good Hospital'/>", "MRN9 (Good Hospital)"],
    ["<id root='1.2.3' extension='X'/>", "X (1.2.3)"],
    ["<id root='6f1bd58b-c58f-40b7-b314-caf1294ed98b'/>", "6f1bd58b-c58f-40b7-b314-caf1294ed98b"],
    ["<id nullFlavor='NI'/>", "No information"],
  ])("%s → %s", (xml, expected) => {
    expect(formatId(el(xml))).toBe(expected);
  });
});

describe("quantities and values", () => {
  const ctx = makeCtx(el("<x/>"));
  it("formats PQ, IVL_PQ and RTO", () => {
    expect(formatPq(el("<value value='5' unit='mg'/>"))).toBe("5 mg");
    expect(formatPq(el("<value value='2' unit='1'/>"))).toBe("2");
    expect(formatIvlPq(el("<value><low value='1' unit='mg'/><high value='2' unit='mg'/></value>"))).toBe(
      "1 \u2013 2 mg",
    );
    expect(formatIvlPq(el("<value><low value='5' unit='mg'/></value>"))).toBe("\u2265 5 mg");
    expect(
      formatRto(el("<value><numerator value='1' unit='mg'/><denominator value='1' unit='d'/></value>")),
    ).toBe("1 mg / 1 d");
  });

  it.each([
    ["<value xsi:type='PQ' value='98.6' unit='[degF]'/>", "98.6 [degF]"],
    ["<value xsi:type='CD' code='F' displayName='Former smoker'/>", "Former smoker"],
    ["<value xsi:type='ST'>positive</value>", "positive"],
    ["<value xsi:type='INT' value='3'/>", "3"],
    ["<value xsi:type='BL' value='true'/>", "Yes"],
    ["<value xsi:type='IVL_PQ'><low value='4' unit='g'/><high value='6' unit='g'/></value>", "4 \u2013 6 g"],
    ["<value xsi:type='TS' value='20240101'/>", "1 Jan 2024"],
    ["<value xsi:type='RTO_PQ_PQ'><numerator value='1'/><denominator value='2'/></value>", "1 / 2"],
    ["<value xsi:type='CD' nullFlavor='UNK'/>", "Unknown"],
  ])("%s → %s", (xml, expected) => {
    expect(formatValue(el(xml), ctx)).toBe(expected);
  });
});
