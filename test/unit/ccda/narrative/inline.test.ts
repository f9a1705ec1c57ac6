import { describe, expect, it } from "vitest";
import { renderNarrativeXml } from "../render-helpers";

describe("br, sub, sup, pre handlers", () => {
  it("renders br, sub and sup", () => {
    const { narrative } = renderNarrativeXml("<paragraph>H<sub>2</sub>O<br/>x<sup>2</sup></paragraph>");
    expect(narrative.querySelector("sub")?.textContent).toBe("2");
    expect(narrative.querySelector("sup")?.textContent).toBe("2");
    expect(narrative.querySelectorAll("br")).toHaveLength(1);
  });

  it("renders pre keeping whitespace", () => {
    const { narrative } = renderNarrativeXml("<pre>a\n  b</pre>");
    expect(narrative.querySelector("pre")?.textContent).toBe("a\n  b");
  });

  it("shows escaped markup and CDATA literally (one level of decoding, SEC-08)", () => {
    const { narrative } = renderNarrativeXml(
      "<paragraph>&lt;b&gt;x&lt;/b&gt; &amp;lt;i&amp;gt;</paragraph><paragraph><![CDATA[<script>alert(3)</script>]]></paragraph>",
    );
    const ps = narrative.querySelectorAll("p");
    expect(ps[0]?.textContent).toBe("<b>x</b> &lt;i&gt;");
    expect(ps[0]?.querySelector("b")).toBeNull();
    expect(ps[1]?.textContent).toBe("<script>alert(3)</script>");
    expect(narrative.querySelector("script")).toBeNull();
  });
});
