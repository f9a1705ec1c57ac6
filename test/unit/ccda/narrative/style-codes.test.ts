import { describe, expect, it } from "vitest";
import { mapStyleCode } from "../../../../src/ccda/render/style-codes";

describe("styleCode map", () => {
  it("maps the CDA styleCodes case-insensitively", () => {
    expect(mapStyleCode("Bold italics UNDERLINE Emphasis").classes).toEqual([
      "ccda-bold",
      "ccda-italics",
      "ccda-underline",
      "ccda-emphasis",
    ]);
    expect(mapStyleCode("Lrule Rrule Toprule Botrule").classes).toEqual([
      "ccda-lrule",
      "ccda-rrule",
      "ccda-toprule",
      "ccda-botrule",
    ]);
  });

  it("maps common vendor tokens and drops the rest", () => {
    expect(
      mapStyleCode("xRowGroup xLabel xAlert xHighlight xMono xcellHeader BoldItalics Monospace").classes,
    ).toEqual([
      "ccda-x-row-group",
      "ccda-x-label",
      "ccda-x-alert",
      "ccda-x-highlight",
      "ccda-mono",
      "ccda-x-cell-header",
      "ccda-bold",
      "ccda-italics",
    ]);
  });

  it("reports unknown non-x tokens, but not local x-extensions or 'none'", () => {
    const r = mapStyleCode('xmain xLink2-Result.1.2.3 none hidden Bold" onclick="x');
    expect(r.classes).toEqual([]);
    expect(r.unknown).toEqual(["hidden", 'Bold"', 'onclick="x']);
  });

  it("returns nothing for empty input", () => {
    expect(mapStyleCode(null)).toEqual({ classes: [], unknown: [] });
  });
});
