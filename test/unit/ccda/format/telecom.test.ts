import { describe, expect, it } from "vitest";
import { renderTelecom, telecomHref } from "../../../../src/ccda/format/telecom";
import { toHtml } from "../../../../src/ccda/render/html";
import { el, mount } from "../header/test-context";

function render(xml: string): HTMLDivElement {
  return mount(renderTelecom(el(xml)));
}

describe("telecom link policy", () => {
  it.each([
    ["tel:+1(555)555-2003", "tel:+1(555)555-2003"],
    ["mailto:ann@example.org", "mailto:ann@example.org"],
    ["https://portal.example.org/x", "https://portal.example.org/x"],
    ["TEL:+1 555 1212", "TEL:+15551212"],
  ])("links %s", (value, href) => {
    const a = render(`<telecom value="${value}"/>`).querySelector("a");
    expect(a?.getAttribute("href")).toBe(href);
  });

  it.each([
    "http://example.org",
    "fax:+1-555-1212",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:x",
    "java\tscript:alert(1)",
    "https://",
    "555-1212",
  ])("shows %j as text, never a link", (value) => {
    const div = mount(
      renderTelecom(el(`<telecom value="${value.replace(/</g, "&lt;").replace(/\t/g, "&#9;")}"/>`)),
    );
    expect(div.querySelector("a")).toBeNull();
    expect(telecomHref(value)).toBeUndefined();
    // The text is kept (only fax:'s scheme is dropped from the visible value).
    expect(div.textContent).toContain(value.replace(/^fax:/, ""));
  });

  it("labels by use code and scheme", () => {
    expect(render('<telecom use="HP" value="tel:555"/>').textContent).toBe("Home phone: 555");
    expect(render('<telecom use="WP" value="mailto:a@b.c"/>').textContent).toBe("Work email: a@b.c");
    expect(render('<telecom use="MC" value="tel:555"/>').textContent).toBe("Mobile: 555");
    expect(render('<telecom value="fax:555"/>').textContent).toBe("Fax: 555");
  });

  it("shows a nullFlavor and nothing for an empty telecom", () => {
    expect(render('<telecom nullFlavor="UNK"/>').textContent).toBe("Unknown");
    expect(renderTelecom(el("<telecom/>"))).toBeUndefined();
  });

  it("escapes the value at the leaf", () => {
    const node = renderTelecom(el('<telecom value="tel:&lt;b&gt;1"/>'));
    expect(node && toHtml([node])).not.toContain("<b>");
  });
});
