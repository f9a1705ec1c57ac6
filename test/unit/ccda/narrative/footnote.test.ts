import { describe, expect, it } from "vitest";
import { renderNarrativeXml, renderOk, cdaDocument, structuredBody, section } from "../render-helpers";

describe("footnote and footnoteRef handlers", () => {
  it("numbers footnotes, leaves a linked marker in place and lists the text in Notes with a back-link", () => {
    const { narrative } = renderNarrativeXml(
      "<paragraph>Aspirin<footnote ID='f1'>Taken with food</footnote> and ibuprofen<footnote>Stopped</footnote></paragraph>",
    );
    const markers = narrative.querySelectorAll("p sup.ccda-footnote-ref a");
    expect(Array.from(markers, (a) => a.textContent)).toEqual(["1", "2"]);
    expect(markers[0]?.getAttribute("href")).toBe("#t1-fn-1");
    const notes = narrative.querySelectorAll(".ccda-footnotes li");
    expect(notes[0]?.id).toBe("t1-fn-1");
    expect(notes[0]?.textContent).toContain("Taken with food");
    expect(notes[0]?.querySelector("a.ccda-footnote-back")?.getAttribute("href")).toBe(`#${markers[0]?.id}`);
    expect(notes[1]?.textContent).toContain("Stopped");
    expect(narrative.querySelector("p")?.textContent).not.toContain("Taken with food");
  });

  it("links a footnoteRef to its footnote, even when the ref comes first", () => {
    const { narrative } = renderNarrativeXml(
      "<paragraph>See<footnoteRef IDREF='fx'/></paragraph><paragraph>Later<footnote ID='fx'>The note</footnote></paragraph>",
    );
    const refs = narrative.querySelectorAll("sup.ccda-footnote-ref a");
    expect(refs[0]?.textContent).toBe("1");
    expect(refs[0]?.getAttribute("href")).toBe("#t1-fn-1");
    expect(refs[1]?.getAttribute("href")).toBe("#t1-fn-1");
    expect(narrative.querySelector("#t1-fn-1")?.textContent).toContain("The note");
  });

  it("numbers footnotes across sections in document order", () => {
    const xml = cdaDocument(
      structuredBody(
        section("A", "<paragraph>a<footnote>one</footnote></paragraph>"),
        section("B", "<paragraph>b<footnote>two</footnote></paragraph>"),
      ),
    );
    const { root } = renderOk(xml);
    const notes = root.querySelectorAll(".ccda-footnotes li");
    expect(Array.from(notes, (n) => n.id)).toEqual(["t1-fn-1", "t1-fn-2"]);
  });

  it("warns on a footnoteRef to a missing footnote and keeps rendering", () => {
    const { narrative, warnings } = renderNarrativeXml(
      "<paragraph>x<footnoteRef IDREF='nope'/> y</paragraph>",
    );
    expect(narrative.textContent).toContain("y");
    expect(warnings.some((w) => w.kind === "broken-reference" && w.message.includes("nope"))).toBe(true);
  });

  it("does not nest links when a footnote sits inside linkHtml", () => {
    const { narrative } = renderNarrativeXml(
      "<paragraph><linkHtml href='https://example.org/'>site<footnote>fn</footnote></linkHtml></paragraph>",
    );
    expect(narrative.querySelectorAll("a a")).toHaveLength(0);
    expect(narrative.querySelector(".ccda-footnotes li")?.textContent).toContain("fn");
  });
});
