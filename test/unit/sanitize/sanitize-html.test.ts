import { describe, expect, it } from "vitest";
import DOMPurify from "dompurify";
import { sanitizeDocumentHtml, sanitizeForeignHtml } from "../../../src/sanitize/sanitize-html";
import { invariantViolations } from "./invariants";

describe("sanitizeDocumentHtml", () => {
  it("keeps what our renderer emits", () => {
    const html =
      '<div class="ccda-document" id="d1-doc"><section class="ccda-section" id="d1-s1" aria-labelledby="d1-s1-title">' +
      '<h2 id="d1-s1-title" class="ccda-section-title" aria-level="7">T</h2><table class="ccda-table"><tbody><tr>' +
      '<td colspan="2" rowspan="3" align="center" valign="top" scope="row">x</td></tr></tbody></table>' +
      '<a href="#d1-x">in</a><a href="https://example.org/" rel="noopener noreferrer nofollow" target="_blank">out</a>' +
      '<img src="data:image/png;base64,iVBORw0KGgo=" alt="a"><div class="ccda-attachment" data-attachment="0">p</div>' +
      '<del class="ccda-del">old</del><ins class="ccda-ins">new</ins></section></div>';
    expect(sanitizeDocumentHtml(html)).toBe(html);
  });

  it("drops style, event handlers, foreign classes, bad ids and unknown attributes", () => {
    const out = sanitizeDocumentHtml(
      '<p style="x" onclick="a()" class="sr-only ccda-bold Bold" id="x&quot;y" tabindex="0" data-x="1">t</p>',
    );
    expect(out).toBe('<p class="ccda-bold">t</p>');
  });

  it("enforces the URL policy for href and src", () => {
    const out = sanitizeDocumentHtml(
      '<a href="javascript:alert(1)">a</a><a href="relative">b</a><a href="#ok-1">c</a><a href="HTTPS://x.example">d</a>' +
        '<img src="https://x.example/p.png"><img src="data:image/svg+xml;base64,PHN2Zz4="><img src="data:image/gif;base64,R0lGOD==">',
    );
    expect(out).toBe(
      '<a>a</a><a>b</a><a href="#ok-1">c</a><a href="https://x.example/" rel="noopener noreferrer nofollow" target="_blank">d</a>' +
        '<img><img><img src="data:image/gif;base64,R0lGOD==">',
    );
  });

  it("forces rel/target on external links and removes target from internal ones", () => {
    expect(sanitizeDocumentHtml('<a href="https://x.example" rel="opener" target="_self">x</a>')).toBe(
      '<a href="https://x.example/" rel="noopener noreferrer nofollow" target="_blank">x</a>',
    );
    expect(sanitizeDocumentHtml('<a href="#a1" target="_blank" rel="x">x</a>')).toBe('<a href="#a1">x</a>');
  });

  it("removes script, style, svg, math, forms and iframes", () => {
    const out = sanitizeDocumentHtml(
      "<script>alert(1)</script><style>p{}</style><svg><circle/></svg><math><mi>x</mi></math><form><input></form><iframe src=x></iframe>ok",
    );
    expect(out).toBe("ok");
  });

  it("validates enumerated and numeric attributes", () => {
    expect(
      sanitizeDocumentHtml(
        '<table><tbody><tr><td colspan="2x" align="evil" scope="ROW">x</td></tr></tbody></table>',
      ),
    ).toBe('<table><tbody><tr><td scope="row">x</td></tr></tbody></table>');
  });

  it("canonicalises link URLs the way browsers read them (tabs removed, scheme lower-cased)", () => {
    expect(sanitizeDocumentHtml('<a href="htt\tp://Example.ORG/a b">x</a>')).toBe(
      '<a href="http://example.org/a%20b" rel="noopener noreferrer nofollow" target="_blank">x</a>',
    );
  });

  it("never touches the global DOMPurify", () => {
    sanitizeDocumentHtml("<p>x</p>");
    expect(DOMPurify.sanitize('<p class="Bold" style="color:red">x</p>')).toBe(
      '<p class="Bold" style="color:red">x</p>',
    );
  });
});

describe("sanitizeForeignHtml", () => {
  it("keeps basic formatting only", () => {
    expect(
      sanitizeForeignHtml(
        '<h1 class="x" id="y">T</h1><p style="c"><b>b</b> <i>i</i> <u>u</u></p><blockquote>q</blockquote><hr>',
      ),
    ).toBe("<h1>T</h1><p><b>b</b> <i>i</i> <u>u</u></p><blockquote>q</blockquote><hr>");
  });

  it("allows https/mailto/tel links with rel/target, but no fragments or scripts", () => {
    expect(
      sanitizeForeignHtml(
        '<a href="https://x.example/">a</a><a href="#top">b</a><a href="javascript:x">c</a>',
      ),
    ).toBe(
      '<a href="https://x.example/" rel="noopener noreferrer nofollow" target="_blank">a</a><a>b</a><a>c</a>',
    );
  });

  it("drops sections, images from URLs, and our own classes", () => {
    expect(
      sanitizeForeignHtml(
        '<section class="ccda-bold"><img src="https://x.example/a.png" alt="a">t</section>',
      ),
    ).toBe('<img alt="a">t');
  });
});

describe("idempotency", () => {
  const samples = [
    '<a href="https://x.example">x</a><p class="ccda-bold Bold">y</p>',
    "<table><tr><td>no tbody</td></tr></table>",
    "<p>a<div>b</div></p>",
    '<img src="data:image/png;base64,AAAA" alt="&quot;<>">',
    "<ul><li>a<li>b</ul><sub><sup>x</sup></sub>",
    "&lt;script&gt; &amp;amp;",
  ];
  it.each(samples)("sanitize(sanitize(x)) === sanitize(x) for %j", (html) => {
    const once = sanitizeDocumentHtml(html);
    expect(sanitizeDocumentHtml(once)).toBe(once);
    const foreign = sanitizeForeignHtml(html);
    expect(sanitizeForeignHtml(foreign)).toBe(foreign);
    expect(invariantViolations(once, "document")).toEqual([]);
    expect(invariantViolations(foreign, "foreign")).toEqual([]);
  });
});
