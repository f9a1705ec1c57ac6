import { describe, expect, it } from "vitest";
import { displayCode, displayCodeFull, displayFunctionCode } from "../../../../src/ccda/format/code";
import { nullFlavorLabel } from "../../../../src/ccda/format/null-flavor";
import { makeCtx, parseXml, V3 } from "../header/test-context";

/** A document with narrative IDs and one coded element per test case (found by its `ID`-less position). */
function setup(codeXml: string) {
  const root = parseXml(
    `<ClinicalDocument ${V3}><text><content ID="p1">Essential hypertension</content></text>${codeXml}</ClinicalDocument>`,
  );
  const code = root.lastElementChild ?? undefined;
  return { code, ctx: makeCtx(root) };
}

describe("displayCode fallbacks", () => {
  it("prefers displayName", () => {
    const { code, ctx } = setup(
      '<code code="38341003" codeSystem="2.16.840.1.113883.6.96" displayName="Hypertension"/>',
    );
    expect(displayCode(code, ctx)).toBe("Hypertension");
  });

  it("uses originalText's own text", () => {
    const { code, ctx } = setup('<code code="1"><originalText>High blood pressure</originalText></code>');
    expect(displayCode(code, ctx)).toBe("High blood pressure");
  });

  it("resolves originalText/reference #id through the ID index", () => {
    const { code, ctx } = setup(
      '<code code="1"><originalText><reference value="#p1"/></originalText></code>',
    );
    expect(displayCode(code, ctx)).toBe("Essential hypertension");
    expect(ctx.warnings.toArray()).toEqual([]);
  });

  it("warns about a broken #ref and falls back to the code with its system name", () => {
    const { code, ctx } = setup(
      '<code code="38341003" codeSystem="2.16.840.1.113883.6.96"><originalText><reference value="#nope"/></originalText></code>',
    );
    expect(displayCode(code, ctx, "section Problems")).toBe("38341003 (SNOMED CT)");
    expect(ctx.warnings.toArray()).toEqual([
      {
        kind: "broken-reference",
        message: 'Reference "#nope" points to no ID in the document',
        where: "section Problems",
      },
    ]);
  });

  it("uses a translation's displayName before the bare code", () => {
    const { code, ctx } = setup(
      '<code code="X1" codeSystem="1.2.3"><translation code="I10" codeSystem="2.16.840.1.113883.6.90" displayName="Essential (primary) hypertension"/></code>',
    );
    expect(displayCode(code, ctx)).toBe("Essential (primary) hypertension");
  });

  it.each([
    ["2.16.840.1.113883.6.1", "LOINC"],
    ["2.16.840.1.113883.6.96", "SNOMED CT"],
    ["2.16.840.1.113883.6.88", "RxNorm"],
    ["2.16.840.1.113883.6.90", "ICD-10-CM"],
    ["2.16.840.1.113883.6.12", "CPT"],
    ["2.16.840.1.113883.12.292", "CVX"],
    ["2.16.840.1.113883.6.69", "NDC"],
  ])("names code system %s as %s", (oid, name) => {
    const { code, ctx } = setup(`<code code="123" codeSystem="${oid}"/>`);
    expect(displayCode(code, ctx)).toBe(`123 (${name})`);
  });

  it("uses codeSystemName for unknown OIDs and the bare code when there is none", () => {
    expect(
      displayCode(setup('<code code="A" codeSystem="9.9" codeSystemName="Local"/>').code, setup("<x/>").ctx),
    ).toBe("A (Local)");
    expect(displayCode(setup('<code code="A" codeSystem="9.9"/>').code, setup("<x/>").ctx)).toBe("A");
  });

  it("puts small HL7 tables into words", () => {
    const { code, ctx } = setup('<code code="F" codeSystem="2.16.840.1.113883.5.1"/>');
    expect(displayCode(code, ctx)).toBe("Female");
  });

  it.each([
    ["UNK", "Unknown"],
    ["NI", "No information"],
    ["ASKU", "Asked but unknown"],
    ["MSK", "Masked"],
  ])("shows nullFlavor %s as %s", (nf, words) => {
    const { code, ctx } = setup(`<code nullFlavor="${nf}"/>`);
    expect(displayCode(code, ctx)).toBe(words);
  });

  it("keeps unknown nullFlavors visible", () => {
    expect(nullFlavorLabel("WEIRD")).toBe("Not recorded (WEIRD)");
  });

  it("is empty for a missing element", () => {
    expect(displayCode(undefined, setup("<x/>").ctx)).toBe("");
  });

  it("displayCodeFull adds the system and code to the words", () => {
    const { code, ctx } = setup(
      '<code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="CCD"/>',
    );
    expect(displayCodeFull(code, ctx)).toBe("CCD (LOINC 34133-9)");
  });
});

describe("displayFunctionCode", () => {
  it("reads bare function codes through the HL7 function tables", () => {
    expect(displayFunctionCode(setup('<functionCode code="PCP"/>').code, setup("<x/>").ctx)).toBe(
      "Primary care physician",
    );
    expect(
      displayFunctionCode(
        setup('<functionCode code="PP" codeSystem="2.16.840.1.113883.12.443"/>').code,
        setup("<x/>").ctx,
      ),
    ).toBe("Primary care provider");
  });

  it("prefers the document's own words and keeps unknown codes", () => {
    const ctx = setup("<x/>").ctx;
    expect(
      displayFunctionCode(setup('<functionCode code="PCP" displayName="Family doctor"/>').code, ctx),
    ).toBe("Family doctor");
    expect(displayFunctionCode(setup('<functionCode code="ZZZ"/>').code, ctx)).toBe("ZZZ");
  });
});
