import { describe, expect, it } from "vitest";
import { renderNarrativeXml } from "../render-helpers";

describe("list and item handlers", () => {
  it("renders an unordered list by default and an ordered one for listType=ordered", () => {
    const { narrative } = renderNarrativeXml(
      "<list><item>a</item><item>b</item></list><list listType='ordered'><item>c</item></list>",
    );
    expect(narrative.querySelectorAll("ul > li")).toHaveLength(2);
    expect(narrative.querySelector("ol > li")?.textContent).toBe("c");
  });

  it("maps list styleCodes to classes", () => {
    const cases: [string, string][] = [
      ["Disc", "ccda-list-disc"],
      ["Circle", "ccda-list-circle"],
      ["Square", "ccda-list-square"],
      ["Arabic", "ccda-list-decimal"],
      ["LittleRoman", "ccda-list-lower-roman"],
      ["BigRoman", "ccda-list-upper-roman"],
      ["LittleAlpha", "ccda-list-lower-alpha"],
      ["BigAlpha", "ccda-list-upper-alpha"],
    ];
    for (const [code, cls] of cases) {
      const { narrative } = renderNarrativeXml(
        `<list listType='ordered' styleCode='${code}'><item>x</item></list>`,
      );
      expect(narrative.querySelector("ol")?.classList.contains(cls), code).toBe(true);
    }
  });

  it("places the list caption in a div before the list", () => {
    const { narrative } = renderNarrativeXml("<list><caption>Allergies</caption><item>Peanut</item></list>");
    const caption = narrative.querySelector("div.ccda-caption");
    expect(caption?.textContent).toBe("Allergies");
    expect(caption?.nextElementSibling?.tagName).toBe("UL");
    expect(narrative.querySelector("ul")?.textContent).toBe("Peanut");
  });

  it("renders an item caption inline and item IDs namespaced", () => {
    const { narrative } = renderNarrativeXml("<list><item ID='i1'><caption>C</caption>text</item></list>");
    const li = narrative.querySelector("li#t1-i1");
    expect(li?.querySelector(".ccda-caption")?.textContent).toBe("C");
  });
});
