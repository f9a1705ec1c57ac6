import { describe, expect, it } from "vitest";
import { renderNarrativeXml } from "../render-helpers";

describe("content handler", () => {
  it("renders content as span with namespaced id and mapped styleCode classes", () => {
    const { narrative } = renderNarrativeXml(
      "<paragraph><content ID='c1' styleCode='Bold Underline'>x</content></paragraph>",
    );
    const span = narrative.querySelector("span#t1-c1");
    expect(span?.className).toBe("ccda-bold ccda-underline");
  });

  it("renders revised=insert as <ins> and revised=delete as <del> (text kept)", () => {
    const { narrative } = renderNarrativeXml(
      "<paragraph><content revised='insert'>new</content><content revised='delete'>old</content></paragraph>",
    );
    expect(narrative.querySelector("ins.ccda-ins")?.textContent).toBe("new");
    expect(narrative.querySelector("del.ccda-del")?.textContent).toBe("old");
  });

  it("keeps lang from a valid language attribute and drops an invalid one", () => {
    const { narrative } = renderNarrativeXml(
      "<paragraph><content language='es-MX'>hola</content><content language='x&quot; onclick=1'>y</content></paragraph>",
    );
    const spans = narrative.querySelectorAll("span");
    expect(spans[0]?.getAttribute("lang")).toBe("es-MX");
    expect(spans[1]?.hasAttribute("lang")).toBe(false);
  });

  it("drops unknown styleCode tokens and host classes (SEC-11)", () => {
    const { narrative, warnings } = renderNarrativeXml(
      "<paragraph><content styleCode='Bold sr-only hidden'>t</content></paragraph>",
    );
    expect(narrative.querySelector("span")?.className).toBe("ccda-bold");
    expect(warnings.some((w) => w.kind === "invalid-value" && w.message.includes("sr-only"))).toBe(true);
  });
});
