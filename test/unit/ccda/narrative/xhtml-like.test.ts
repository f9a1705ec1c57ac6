import { describe, expect, it } from "vitest";
import { renderNarrativeXml } from "../render-helpers";

describe("HTML-like elements in the CDA namespace", () => {
  it("maps b/i/u/span/div/p/ul/ol/li to their HTML meaning with a warning per name", () => {
    const { narrative, warnings } = renderNarrativeXml(
      "<div><p><b>B</b><i>I</i><u>U</u><span>S</span></p><ul><li>u</li></ul><ol><li>o</li></ol></div>",
    );
    expect(narrative.querySelector("div > p > strong")?.textContent).toBe("B");
    expect(narrative.querySelector("em")?.textContent).toBe("I");
    expect(narrative.querySelector("span.ccda-underline")?.textContent).toBe("U");
    expect(narrative.querySelector("ul > li")?.textContent).toBe("u");
    expect(narrative.querySelector("ol > li")?.textContent).toBe("o");
    expect(warnings.filter((w) => w.kind === "unknown-element").length).toBeGreaterThanOrEqual(8);
  });

  it("applies the link policy to a CDA-namespace <a> (relative href not linked)", () => {
    const { narrative } = renderNarrativeXml(
      "<paragraph><a href='relative/page'>CDAr3 a</a><a href='https://example.org/'>ok</a></paragraph>",
    );
    const links = narrative.querySelectorAll("a");
    expect(links).toHaveLength(1);
    expect(links[0]?.getAttribute("href")).toBe("https://example.org/");
    expect(narrative.textContent).toContain("CDAr3 a");
  });

  it("treats a CDA-namespace img as unknown (no src ever)", () => {
    const { narrative } = renderNarrativeXml(
      "<paragraph><img src='https://attacker.example/x.png'/>after</paragraph>",
    );
    expect(narrative.querySelector("img")).toBeNull();
    expect(narrative.textContent).toBe("after");
  });
});
