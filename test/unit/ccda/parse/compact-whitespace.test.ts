/**
 * compactWhitespace drops indentation nobody reads and nothing else; parseCdaText parses its result and still
 * reports errors against the text as it came. That a real document renders the same either way is held over
 * the whole shared corpus (test/integration/corpus/corpus-suite.ts).
 */
import { describe, expect, it } from "vitest";
import { compactWhitespace } from "../../../../src/ccda/parse/compact-whitespace";
import { parseCdaText } from "../../../../src/ccda/parse/document";
import { V3 } from "../render-helpers";

const doc = (inner: string) => `<ClinicalDocument ${V3}>${inner}</ClinicalDocument>`;

function whitespaceNodes(root: Node): number {
  let count = 0;
  const walk = (node: Node) => {
    if (node.nodeType === 3 && /^\s*$/.test(node.nodeValue ?? "")) count += 1;
    node.childNodes.forEach(walk);
  };
  walk(root);
  return count;
}

describe("compactWhitespace", () => {
  it("drops indentation between tags outside the elements read as text", () => {
    expect(compactWhitespace("<a>\n  <b x='1'/>\n  <c>\r\n\t<d></d>\n  </c>\n</a>")).toBe(
      "<a><b x='1'/><c><d></d></c></a>",
    );
  });

  it("keeps whitespace without a line break, and text with anything else in it", () => {
    expect(compactWhitespace("<a> <b/>\t<c/>x\n<d/>\n y <e/></a>")).toBe(
      "<a> <b/>\t<c/>x\n<d/>\n y <e/></a>",
    );
  });

  it("keeps whitespace before the first tag and after the last (a misplaced declaration stays an error)", () => {
    expect(compactWhitespace('\n<?xml version="1.0"?>\n<a>\n<b/>\n</a>\n')).toBe(
      '\n<?xml version="1.0"?><a><b/></a>\n',
    );
  });

  it("keeps everything inside title, originalText and name, where whitespace can separate words", () => {
    const name = '<name use="L">\n  <given>Ann</given>\n  <family>Lee</family>\n</name>';
    const title = "<title>\n  <content>A</content>\n  <content>B</content>\n</title>";
    const original = '<originalText>\n  <reference value="#x"/>\n</originalText>';
    expect(compactWhitespace(`<a>\n${name}\n${title}\n${original}\n</a>`)).toBe(
      `<a>${name}${title}${original}</a>`,
    );
  });

  it("keeps narrative whitespace between inline elements and inside cells", () => {
    const text =
      "<text>\n  <paragraph>\n    <content>a</content>\n    <content>b</content>\n  </paragraph>\n</text>";
    expect(compactWhitespace(`<section>\n${text}\n</section>`)).toBe(`<section>${text}</section>`);
    const cell = "<td>\n  <content>a</content>\n  <content>b</content>\n</td>";
    expect(compactWhitespace(`<text><table><tbody><tr>${cell}</tr></tbody></table></text>`)).toContain(cell);
  });

  it("drops the indentation of table parts and lists inside narrative, which no renderer shows", () => {
    const table =
      '<text>\n<table border="1">\n  <thead>\n    <tr>\n      <th>A</th>\n      <th>B</th>\n    </tr>\n  </thead>\n' +
      "  <tbody>\n    <tr>\n      <td>1</td>\n      <td>2</td>\n    </tr>\n  </tbody>\n</table>\n</text>";
    expect(compactWhitespace(table)).toBe(
      '<text>\n<table border="1"><thead><tr><th>A</th><th>B</th></tr></thead>' +
        "<tbody><tr><td>1</td><td>2</td></tr></tbody></table>\n</text>",
    );
    const list = "<text>\n<list>\n  <item>one</item>\n  <item>two</item>\n</list>\n</text>";
    expect(compactWhitespace(list)).toBe("<text>\n<list><item>one</item><item>two</item></list>\n</text>");
    const cols = "<text><table>\n<colgroup>\n<col/>\n<col span='2'/>\n</colgroup>\n<tbody/></table></text>";
    expect(compactWhitespace(cols)).toBe(
      "<text><table><colgroup><col/><col span='2'/></colgroup><tbody/></table></text>",
    );
  });

  it("does not take an empty <text/> or <name/> for the start of one read as text", () => {
    expect(compactWhitespace("<a>\n<text/>\n<b/>\n<name nullFlavor='UNK'/>\n<c/>\n</a>")).toBe(
      "<a><text/><b/><name nullFlavor='UNK'/><c/></a>",
    );
  });

  it("never touches CDATA sections or comments", () => {
    const inside = "<x><![CDATA[ a>\n  <b ]]></x><!-- c>\n  <d -->";
    expect(compactWhitespace(`<a>\n${inside}\n</a>`)).toBe(`<a>${inside}</a>`);
    // Start tags only: a comment holding an end tag would leave the whole text as it came (see below).
    const narrative = "<text><table><!-- <tr>\n<td> --><![CDATA[<tr>\n<td>]]></table></text>";
    expect(compactWhitespace(`<a>\n${narrative}\n</a>`)).toBe(`<a>${narrative}</a>`);
  });

  it("leaves a text as it came when an element read as text could be misread", () => {
    const commented = "<a>\n<text><!-- </text> -->\n<content>a</content>\n<content>b</content></text>\n</a>";
    expect(compactWhitespace(commented)).toBe(commented);
    const gtInValue = '<a>\n<text title="a > b">\n<content>a</content>\n<content>b</content></text>\n</a>';
    expect(compactWhitespace(gtInValue)).toBe(gtInValue);
    const prefixed =
      "<cda:a>\n<cda:text>\n<cda:content>a</cda:content>\n<cda:content>b</cda:content></cda:text>\n</cda:a>";
    expect(compactWhitespace(prefixed)).toBe(prefixed);
  });
});

describe("parseCdaText and compactWhitespace", () => {
  const text = doc(
    "\n  <title>T</title>\n  <component>\n    <structuredBody>\n      <component>\n        <section>\n" +
      "          <text>\n            <content>a</content>\n            <content>b</content>\n          </text>\n" +
      "        </section>\n      </component>\n    </structuredBody>\n  </component>\n",
  );

  it("parses without the indentation by default, and with it when asked", () => {
    const compact = parseCdaText(text);
    const plain = parseCdaText(text, undefined, { compact: false });
    if (!compact.ok || !plain.ok) throw new Error("expected both to parse");
    // Narrative keeps its three runs (around and between the contents); the other 11 go.
    expect(whitespaceNodes(compact.root)).toBe(3);
    expect(whitespaceNodes(plain.root)).toBe(14);
    const words = (root: Element) => root.textContent.replace(/\s+/g, " ").trim();
    expect(words(compact.root)).toBe(words(plain.root));
  });

  it("reports a parse error at its line in the text as it came", () => {
    const broken = text.replace("<content>b</content>", "<content>b</contnet>");
    const result = parseCdaText(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.line).toBe(broken.slice(0, broken.indexOf("</contnet>")).split("\n").length);
  });
});
