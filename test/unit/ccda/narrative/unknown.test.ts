import { describe, expect, it } from "vitest";
import { renderNarrativeXml } from "../render-helpers";

describe("unknown and foreign elements", () => {
  it("keeps the text (and known children) of unknown CDA-namespace elements, one warning per name", () => {
    const { narrative, warnings } = renderNarrativeXml(
      "<title>Lab <content styleCode='Bold'>results</content></title><title>again</title>",
    );
    expect(narrative.textContent).toContain("Lab results");
    expect(narrative.querySelector(".ccda-bold")?.textContent).toBe("results");
    const unknown = warnings.filter((w) => w.kind === "unknown-element");
    expect(unknown).toHaveLength(1);
    expect(unknown[0]?.message).toContain("<title>");
    expect(unknown[0]?.message).toContain("2 times");
  });

  it("renders foreign-namespace elements as text only (script text shown inert, SEC-09)", () => {
    const { narrative, safe, warnings } = renderNarrativeXml(`<paragraph>
      <h:script xmlns:h="http://www.w3.org/1999/xhtml">alert(1)</h:script>
      <h:img xmlns:h="http://www.w3.org/1999/xhtml" src="x" onerror="alert(2)"/>
      <s:svg xmlns:s="http://www.w3.org/2000/svg" onload="alert(3)"><s:text>svgtext</s:text></s:svg>
      <h:b xmlns:h="http://www.w3.org/1999/xhtml">bold?</h:b></paragraph>`);
    expect(narrative.textContent).toContain("alert(1)");
    expect(narrative.textContent).toContain("svgtext");
    expect(narrative.textContent).toContain("bold?");
    expect(narrative.querySelector("script, img, svg, b")).toBeNull();
    expect(safe).not.toMatch(/onerror|onload/);
    expect(warnings.filter((w) => w.kind === "unknown-element").length).toBeGreaterThanOrEqual(4);
  });

  it("does not treat prototype names as handlers", () => {
    const { narrative, warnings } = renderNarrativeXml(
      "<constructor>c</constructor><__proto__>p</__proto__>",
    );
    expect(narrative.textContent).toBe("cp");
    expect(warnings.filter((w) => w.kind === "unknown-element")).toHaveLength(2);
  });

  it("caps hostile nesting depth and keeps the text (SEC-14)", () => {
    // jsdom parses deep XML slowly, so 1,000 levels (ten times the cap) stand in for the 5,000 of SEC-14.
    const depth = 1000;
    const xml =
      "<paragraph>" + "<content>".repeat(depth) + "deep" + "</content>".repeat(depth) + "</paragraph>";
    const { narrative, warnings } = renderNarrativeXml(xml);
    expect(narrative.textContent).toContain("deep");
    expect(warnings.some((w) => w.message.includes("nested deeper"))).toBe(true);
  });
});
