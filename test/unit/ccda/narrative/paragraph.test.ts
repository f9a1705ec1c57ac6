import { describe, expect, it } from "vitest";
import { renderNarrativeXml } from "../render-helpers";

describe("paragraph handler", () => {
  it("renders a paragraph as <p> keeping mixed content in order", () => {
    const { narrative } = renderNarrativeXml(
      "<paragraph>Take <content styleCode='Bold'>2 tablets</content> twice daily <content styleCode='Italics'>with food</content> for 10 days.</paragraph>",
    );
    const p = narrative.querySelector("p");
    expect(p?.textContent).toBe("Take 2 tablets twice daily with food for 10 days.");
    expect(p?.querySelector(".ccda-bold")?.textContent).toBe("2 tablets");
  });

  it("puts a paragraph caption first as span.ccda-caption", () => {
    const { narrative } = renderNarrativeXml("<paragraph><caption>Note</caption>Body text</paragraph>");
    const p = narrative.querySelector("p");
    expect(p?.firstElementChild?.className).toBe("ccda-caption");
    expect(p?.firstElementChild?.textContent).toBe("Note");
  });

  it("uses div.ccda-paragraph when the paragraph holds block content (HTML would split a <p>)", () => {
    const { narrative } = renderNarrativeXml(
      "<paragraph>Intro<list><item>one</item></list>after</paragraph>",
    );
    const div = narrative.querySelector("div.ccda-paragraph");
    expect(div).not.toBeNull();
    expect(div?.querySelector("li")?.textContent).toBe("one");
    expect(div?.textContent).toBe("Introoneafter");
  });

  it("namespaces the paragraph ID", () => {
    const { narrative } = renderNarrativeXml("<paragraph ID='p1'>x</paragraph>");
    expect(narrative.querySelector("p")?.id).toBe("t1-p1");
  });
});
