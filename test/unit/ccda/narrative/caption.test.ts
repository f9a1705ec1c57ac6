import { describe, expect, it } from "vitest";
import { renderNarrativeXml } from "../render-helpers";

describe("caption handler", () => {
  it("is a <caption> inside a table", () => {
    const { narrative } = renderNarrativeXml(
      "<table><caption>Meds</caption><tbody><tr><td>x</td></tr></tbody></table>",
    );
    expect(narrative.querySelector("table > caption")?.textContent).toBe("Meds");
  });

  it("is a span.ccda-caption inside a paragraph and a div before a list", () => {
    const { narrative } = renderNarrativeXml(
      "<paragraph><caption>P</caption>t</paragraph><list><caption>L</caption><item>i</item></list>",
    );
    expect(narrative.querySelector("p > span.ccda-caption")?.textContent).toBe("P");
    expect(narrative.querySelector("div.ccda-caption")?.textContent).toBe("L");
  });

  it("is a figcaption for renderMultiMedia", () => {
    const { narrative } = renderNarrativeXml(
      "<renderMultiMedia referencedObject='none'><caption>Fig</caption></renderMultiMedia>",
    );
    expect(narrative.querySelector("figure > figcaption")?.textContent).toBe("Fig");
  });
});
