import { describe, expect, it } from "vitest";
import { renderNarrativeXml } from "../render-helpers";

const PNG =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

function media(id: string, value: string): string {
  return `<entry><observationMedia classCode="OBS" moodCode="EVN" ID="${id}">${value}</observationMedia></entry>`;
}

describe("renderMultiMedia handler", () => {
  it("shows a base64 raster image as <figure><img src=data:…> with its caption as alt", () => {
    const { narrative } = renderNarrativeXml(
      "<renderMultiMedia referencedObject='MM1'><caption>Left hand</caption></renderMultiMedia>",
      media("MM1", `<value xsi:type="ED" mediaType="image/png" representation="B64">\n${PNG}\n</value>`),
    );
    const img = narrative.querySelector("figure img")!;
    expect(img.getAttribute("src")).toBe(`data:image/png;base64,${PNG}`);
    expect(img.getAttribute("alt")).toBe("Left hand");
    expect(narrative.querySelector("figcaption")?.textContent).toBe("Left hand");
  });

  it("treats referencedObject as IDREFS", () => {
    const { narrative } = renderNarrativeXml(
      "<renderMultiMedia referencedObject='A B'/>",
      media("A", `<value mediaType="image/png" representation="B64">${PNG}</value>`) +
        media("B", `<value mediaType="image/gif" representation="B64">R0lGODlhAQABAAAAACw=</value>`),
    );
    expect(narrative.querySelectorAll("img")).toHaveLength(2);
  });

  it("never loads a reference: names it and warns (SEC-06, SEC-07)", () => {
    const { narrative, warnings, safe } = renderNarrativeXml(
      "<renderMultiMedia referencedObject='MM1'/>",
      media(
        "MM1",
        `<value mediaType="image/png"><reference value="https://attacker.example/p.png?doc=1"/></value>`,
      ),
    );
    expect(narrative.querySelector("img")).toBeNull();
    expect(narrative.textContent).toContain("https://attacker.example/p.png?doc=1");
    expect(safe).not.toMatch(/src="https:/);
    expect(warnings.some((w) => w.kind === "external-reference")).toBe(true);
  });

  it("does not inline SVG; it becomes an attachment", () => {
    const svg = "PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIG9ubG9hZD0iYWxlcnQoMSkiLz4=";
    const { narrative, outcome } = renderNarrativeXml(
      "<renderMultiMedia referencedObject='MM9'/>",
      media("MM9", `<value mediaType="image/svg+xml" representation="B64">${svg}</value>`),
    );
    expect(narrative.querySelector("img")).toBeNull();
    expect(narrative.querySelector(".ccda-attachment")?.getAttribute("data-attachment")).toBe("0");
    expect(outcome.attachments[0]?.mediaType).toBe("image/svg+xml");
  });

  it("rejects invalid base64 and unresolved ids with warnings", () => {
    const { narrative, warnings } = renderNarrativeXml(
      "<renderMultiMedia referencedObject='BAD NONE'/>",
      media("BAD", `<value mediaType="image/png" representation="B64">"&gt;&lt;script&gt;</value>`),
    );
    expect(narrative.querySelector("img")).toBeNull();
    expect(warnings.some((w) => w.kind === "invalid-value")).toBe(true);
    expect(warnings.some((w) => w.kind === "broken-reference" && w.message.includes("NONE"))).toBe(true);
  });

  it("resolves a regionOfInterest to the image it marks and names the region", () => {
    const roi = `<entry><regionOfInterest classCode="ROIOVL" moodCode="EVN" ID="R1"><code code="CIRCLE"/><value value="1"/>
      <entryRelationship typeCode="SUBJ"><observationMedia classCode="OBS" moodCode="EVN" ID="MM2"><value mediaType="image/png" representation="B64">${PNG}</value></observationMedia></entryRelationship>
      </regionOfInterest></entry>`;
    const { narrative } = renderNarrativeXml("<renderMultiMedia referencedObject='R1'/>", roi);
    expect(narrative.querySelector("img")).not.toBeNull();
    expect(narrative.querySelector(".ccda-media-roi")?.textContent).toContain("R1");
  });
});
