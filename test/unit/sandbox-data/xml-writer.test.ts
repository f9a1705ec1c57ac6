// @vitest-environment node
import { describe, expect, it } from "vitest";
import { cdata, el, serialize, serializeDocument } from "../../../sandbox/data/xml-writer";

describe("xml-writer", () => {
  it("escapes text and attribute values at the leaf", () => {
    const xml = serialize(el("p", { title: 'a "quoted" <tag> & more\n' }, "<b>not bold</b> & done"), {
      indent: false,
    });
    expect(xml).toBe(
      '<p title="a &#34;quoted&#34; &#60;tag&#62; &#38; more&#10;">&lt;b&gt;not bold&lt;/b&gt; &amp; done</p>',
    );
  });

  it("keeps mixed content inline and indents element-only content", () => {
    const xml = serialize(
      el(
        "text",
        null,
        el("paragraph", null, "Take ", el("content", { styleCode: "Bold" }, "2 tablets"), " daily."),
      ),
    );
    expect(xml).toBe(
      '<text>\n  <paragraph>Take <content styleCode="Bold">2 tablets</content> daily.</paragraph>\n</text>',
    );
  });

  it("splits ]]> inside CDATA and omits undefined attributes", () => {
    expect(serialize(el("x", { a: undefined }, cdata("a]]>b")))).toBe("<x><![CDATA[a]]]]><![CDATA[>b]]></x>");
  });

  it("writes a declaration, processing instructions and CRLF when asked", () => {
    const doc = serializeDocument(el("r", null, el("c")), {
      newline: "\r\n",
      processingInstructions: ['xml-stylesheet href="x.xsl"'],
    });
    expect(doc).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\r\n<?xml-stylesheet href="x.xsl"?>\r\n<r>\r\n  <c/>\r\n</r>\r\n',
    );
  });
});
