import { describe, expect, it } from "vitest";
import { collapsedLength } from "../../../src/ccda/document-sections";
import { renderDocument } from "../../../src/ccda/render-document";
import { toHtml } from "../../../src/ccda/render/html";
import { looseDate } from "../../../src/ccda/render/narrative/table-marks";
import { cdaDocument, renderNarrativeXml, section, structuredBody } from "./render-helpers";

const HEADER =
  '<code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summary"/><title>T</title>';
const footnoted = (title: string, n: string) =>
  section(title, `<paragraph>${title} text<footnote ID="fn${n}">note ${n}</footnote></paragraph>`);

describe("renderDocument parts", () => {
  const xml = cdaDocument(
    structuredBody(
      `<section><code code="48765-2"/><title>Allergies</title><text>Penicillin   hives</text></section>`,
      footnoted("Plan", "1"),
      footnoted("Notes", "2"),
    ),
    `${HEADER}<effectiveTime value="20240301"/>`,
  );

  it("gives the document code, each section's outline, and the same HTML as the one-string output", () => {
    const eager = renderDocument(xml, { idPrefix: "p" });
    const lazy = renderDocument(xml, { idPrefix: "p", lazy: true });
    if (!eager.ok || !lazy.ok) throw new Error("expected parts");
    expect(lazy.parts.documentCode).toEqual({
      code: "34133-9",
      codeSystem: "2.16.840.1.113883.6.1",
      displayName: "Summary",
    });
    expect(lazy.parts.effectiveTime).toBe("20240301");
    expect(lazy.parts.sections.map((s) => [s.title, s.code, s.level])).toEqual([
      ["Allergies", "48765-2", 2],
      ["Plan", undefined, 2],
      ["Notes", undefined, 2],
    ]);
    // Whitespace runs of the source count once.
    expect(lazy.parts.sections[0]?.textSize).toBe("Penicillin hives".length);
    expect(lazy.parts.sections.map((s) => s.render())).toEqual(eager.parts.sections.map((s) => s.render()));
    expect(lazy.html).toBe(eager.html);
  });

  it("renders lazily, in document order, each section once", () => {
    const lazy = renderDocument(xml, { idPrefix: "p", lazy: true });
    if (!lazy.ok) throw new Error("expected parts");
    const [first, second, third] = lazy.parts.sections;
    expect(first?.rendered).toBe(false);
    // Asking for the last renders the ones before it first: footnote numbers stay in document order.
    const last = third?.render() ?? "";
    expect(first?.rendered && second?.rendered).toBe(true);
    expect(last).toContain(">2<");
    expect(second?.render()).toContain(">1<");
    expect(third?.render()).toBe(last);
  });
});

describe("renderDocument details panel", () => {
  // The legal authenticator's time is only shown in the details panel, and it is not a date.
  const xml = cdaDocument(
    structuredBody(section("Plan", "<paragraph>Rest</paragraph>")),
    `${HEADER}<effectiveTime value="20240301"/><legalAuthenticator><time value="not-a-date"/><signatureCode code="S"/>` +
      '<assignedEntity><id root="1.2"/><assignedPerson><name><given>Lee</given><family>Legal</family></name></assignedPerson></assignedEntity></legalAuthenticator>',
  );
  const badTime = (warnings: readonly { message: string }[]) =>
    warnings.filter((w) => w.message.includes("not-a-date")).length;

  it("renders the panel's groups only when asked for (lazy), once, and as the eager footer has them", () => {
    const eager = renderDocument(xml, { idPrefix: "p" });
    const lazy = renderDocument(xml, { idPrefix: "p", lazy: true });
    if (!eager.ok || !lazy.ok || !lazy.parts.details) throw new Error("expected details");
    expect(badTime(eager.warnings)).toBe(1);
    expect(badTime(lazy.warnings)).toBe(0);
    const groups = lazy.parts.details();
    expect(badTime(lazy.warnings)).toBe(1);
    expect(lazy.parts.details()).toBe(groups);
    expect(toHtml(groups)).toContain("Lee Legal");
    expect(eager.parts.footer).toContain(toHtml(groups));
    expect(eager.parts.footer).toMatch(
      /^<div class="ccda-footer"><details class="ccda-header-details"><summary>Document details<\/summary>/,
    );
    expect(lazy.html).toBe(eager.html);
  });
});

describe("table marks", () => {
  const rows = (...cells: string[][]) =>
    cells.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("");

  it("marks rows identical to an earlier row and puts a tools marker before the table", () => {
    const r = renderNarrativeXml(
      `<table><thead><tr><th>Drug</th><th>Dose</th></tr></thead><tbody>${rows(
        ["Aspirin", "81 mg"],
        ["Metformin", "500 mg"],
        ["Aspirin", "81  mg"],
        ["Aspirin", "81 mg"],
      )}</tbody></table>`,
    );
    expect(r.narrative.querySelectorAll("tr.ccda-row-dup")).toHaveLength(2);
    expect(r.narrative.querySelector(".ccda-table-tools + table")).not.toBeNull();
    expect(r.narrative.querySelector("th.ccda-date-col")).toBeNull();
  });

  it("recognises a date column by its header and its cells", () => {
    const r = renderNarrativeXml(
      `<table><thead><tr><th>Test</th><th>Date</th></tr></thead><tbody>${rows(
        ["A1c", "Jan 5, 2021"],
        ["LDL", "2023-04-01"],
        ["HDL", "03/02/2022"],
      )}</tbody></table>`,
    );
    expect(r.narrative.querySelector("th.ccda-date-col")?.textContent).toBe("Date");
    expect(r.narrative.querySelector(".ccda-table-tools")).not.toBeNull();
  });

  it("leaves tables with row spans, and plain tables, unmarked", () => {
    const spanned = renderNarrativeXml(
      `<table><tbody><tr><td rowspan="2">x</td><td>y</td></tr><tr><td>y</td></tr><tr><td>x</td><td>y</td></tr></tbody></table>`,
    );
    expect(spanned.narrative.querySelector(".ccda-table-tools, .ccda-row-dup")).toBeNull();
    const plain = renderNarrativeXml(`<table><tbody>${rows(["a"], ["b"])}</tbody></table>`);
    expect(plain.narrative.querySelector(".ccda-table-tools")).toBeNull();
  });

  it("reads dates the way narratives write them", () => {
    expect(looseDate("2024-03-01")).toBe(Date.UTC(2024, 2, 1));
    expect(looseDate("20240301103000")).toBe(Date.UTC(2024, 2, 1, 10, 30));
    expect(looseDate("03/01/2024")).toBe(Date.UTC(2024, 2, 1));
    expect(looseDate("March 1, 2024 - ongoing")).toBe(Date.UTC(2024, 2, 1));
    expect(looseDate("1 Mar 2024")).toBe(Date.UTC(2024, 2, 1));
    expect(looseDate("active")).toBeUndefined();
  });
});

describe("long sections in chunks", () => {
  it("cuts a long narrative between its blocks; the chunks joined are the section's HTML", () => {
    const block = (i: number) => `<paragraph>${`entry ${i} `.repeat(2000)}</paragraph>`;
    const long = section("Results", Array.from({ length: 8 }, (_, i) => block(i)).join(""));
    const xml = cdaDocument(structuredBody(section("Short", "x"), long));
    const lazy = renderDocument(xml, { idPrefix: "c", lazy: true });
    const eager = renderDocument(xml, { idPrefix: "c" });
    if (!lazy.ok || !eager.ok) throw new Error("expected parts");
    const results = lazy.parts.sections[1];
    const chunks: string[] = [];
    for (let k = 0; ; k += 1) {
      const nodes = results?.renderChunkNodes(k);
      if (nodes === undefined) break;
      chunks.push(toHtml(nodes));
    }
    expect(chunks.length).toBeGreaterThan(1);
    expect(lazy.parts.sections[0]?.renderChunkNodes(1)).toBeUndefined();
    expect(chunks.join("")).toBe(results?.render());
    for (let i = 0; i < 8; i += 1) expect(chunks.join("")).toContain(`entry ${i} `);
    expect(lazy.html).toBe(eager.html);
  });
});

describe("collapsedLength", () => {
  it("counts as replace(/\\s+/g, ' ').trim() would, without building the string", () => {
    const samples = [
      "",
      "   ",
      "a",
      "  a  b  ",
      "a\n\t\r b",
      "x\u00a0\u2003y",
      "\u3000lead",
      "é  ü\n",
      "a b c",
    ];
    for (const text of samples)
      expect(collapsedLength(text), JSON.stringify(text)).toBe(text.replace(/\s+/g, " ").trim().length);
  });
});
