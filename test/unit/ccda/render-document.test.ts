import { describe, expect, it } from "vitest";
import { renderDocument } from "../../../src/ccda/render-document";
import { cdaDocument, renderOk, section, structuredBody, warningKinds } from "./render-helpers";

describe("renderDocument: body, sections and TOC", () => {
  it("wraps the output in div.ccda-document with the prefixed id and returns the header title", () => {
    const r = renderOk(cdaDocument(structuredBody(section("A", "x"))), "doc7");
    expect(r.root.firstElementChild?.id).toBe("doc7-doc");
    expect(r.root.firstElementChild?.className).toBe("ccda-document");
    expect(r.outcome.title).toBe("Test document");
  });

  it("renders nested sections with real heading levels, ids and a nested TOC", () => {
    const inner = `<section ID="deep"><title>C</title><text>c</text></section>`;
    const middle = `<section><title>B</title><text>b</text><component>${inner}</component></section>`;
    const top = `<section><title>A</title><text>a</text><component>${middle}</component></section>`;
    const r = renderOk(cdaDocument(structuredBody(top, section("D", "d"))));
    const headings = Array.from(
      r.root.querySelectorAll(".ccda-section-title"),
      (e) => `${e.tagName}:${e.id}:${e.textContent}`,
    );
    expect(headings).toEqual([
      "H2:t1-s1-title:A",
      "H3:t1-s1-1-title:B",
      "H4:t1-deep-title:C",
      "H2:t1-s2-title:D",
    ]);
    expect(r.outcome.toc).toEqual([
      {
        id: "t1-s1-title",
        title: "A",
        level: 2,
        children: [
          {
            id: "t1-s1-1-title",
            title: "B",
            level: 3,
            children: [{ id: "t1-deep-title", title: "C", level: 4, children: [] }],
          },
        ],
      },
      { id: "t1-s2-title", title: "D", level: 2, children: [] },
    ]);
    const sectionEl = r.root.querySelector("section#t1-deep");
    expect(sectionEl?.getAttribute("aria-labelledby")).toBe("t1-deep-title");
  });

  it("caps headings at h6 and keeps the true level in aria-level", () => {
    let xml = `<section><title>L7</title><text>x</text></section>`;
    for (let i = 6; i >= 2; i -= 1)
      xml = `<section><title>L${i}</title><text>x</text><component>${xml}</component></section>`;
    const r = renderOk(cdaDocument(structuredBody(xml)));
    const h = Array.from(r.root.querySelectorAll(".ccda-section-title")).at(-1)!;
    expect(h.tagName).toBe("H6");
    expect(h.getAttribute("aria-level")).toBe("7");
  });

  it("titles a section from its code displayName, else 'Untitled section'", () => {
    const a = `<section><code code="10160-0" displayName="History of medication use"/><text>x</text></section>`;
    const b = `<section><text>y</text></section>`;
    const r = renderOk(cdaDocument(structuredBody(a, b)));
    expect(r.outcome.toc.map((t) => t.title)).toEqual(["History of medication use", "Untitled section"]);
  });

  it("notes an empty section (no text, empty <text/>) with a warning", () => {
    const r = renderOk(
      cdaDocument(
        structuredBody(`<section><title>E</title><text/></section>`, `<section><title>F</title></section>`),
      ),
    );
    expect(r.root.querySelectorAll(".ccda-empty-section")).toHaveLength(2);
    expect(warningKinds(r.warnings).filter((k) => k === "empty-section")).toHaveLength(2);
  });

  it("renders a header-only document", () => {
    const r = renderOk(cdaDocument(""));
    expect(r.root.textContent).toContain("header only");
    expect(r.outcome.toc).toEqual([]);
  });

  it("renders the 60-byte empty ClinicalDocument", () => {
    const outcome = renderDocument('<ClinicalDocument xmlns="urn:hl7-org:v3"></ClinicalDocument>', {
      idPrefix: "x",
    });
    expect(outcome.ok).toBe(true);
  });

  it("disambiguates duplicate and colliding ids (SEC-11)", () => {
    const text = `<paragraph ID="dup">1</paragraph><paragraph ID="dup">2</paragraph><content ID="doc">c</content><content ID="__proto__">p</content>`;
    const r = renderOk(cdaDocument(structuredBody(section("A", text))));
    const ids = Array.from(r.root.querySelectorAll("[id]"), (e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain("t1-dup");
    expect(ids).toContain("t1-dup-2");
    expect(ids).toContain("t1-doc-2");
    expect(ids.every((id) => id.startsWith("t1-"))).toBe(true);
  });

  it("cleans an unsafe id prefix", () => {
    const r = renderOk(cdaDocument(structuredBody(section("A", "x"))), '9"><x');
    expect(r.root.firstElementChild?.id).toBe("d9x-doc");
  });

  it("never throws, whatever the input", () => {
    for (const text of [
      "<",
      "\u0000",
      "<ClinicalDocument/>",
      "<?xml version='1.0'?>",
      "<a:b xmlns:a='urn:hl7-org:v3'/>",
    ]) {
      expect(() => renderDocument(text, { idPrefix: "z" })).not.toThrow();
    }
  });
});
