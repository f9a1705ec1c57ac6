import { describe, expect, it } from "vitest";
import { renderNarrativeXml } from "../render-helpers";

describe("table handlers", () => {
  it("renders the table family keeping only validated attributes", () => {
    const { narrative } = renderNarrativeXml(`
      <table border="1" width="100%" ID="t">
        <colgroup span="2" width="50"><col span="1" align="left"/></colgroup>
        <thead><tr><th scope="col" align="CENTER">H</th><th scope="bogus">H2</th></tr></thead>
        <tfoot><tr><td colspan="2">F</td></tr></tfoot>
        <tbody valign="top"><tr><td rowspan="2" colspan="abc" style="color:red" onclick="x()">a</td><td valign="middle">b</td></tr></tbody>
      </table>`);
    const table = narrative.querySelector("table#t1-t")!;
    expect(table.hasAttribute("border")).toBe(false);
    expect(table.hasAttribute("width")).toBe(false);
    expect(table.querySelector("colgroup")?.getAttribute("span")).toBe("2");
    expect(table.querySelector("col")?.getAttribute("align")).toBe("left");
    const ths = table.querySelectorAll("th");
    expect(ths[0]?.getAttribute("scope")).toBe("col");
    expect(ths[0]?.getAttribute("align")).toBe("center");
    expect(ths[1]?.hasAttribute("scope")).toBe(false);
    expect(table.querySelector("tfoot td")?.getAttribute("colspan")).toBe("2");
    const td = table.querySelector("tbody td")!;
    expect(td.getAttribute("rowspan")).toBe("2");
    expect(td.hasAttribute("colspan")).toBe(false);
    expect(td.hasAttribute("style")).toBe(false);
    expect(td.hasAttribute("onclick")).toBe(false);
    expect(table.querySelector("tbody")?.getAttribute("valign")).toBe("top");
  });

  it("wraps stray content in cells so the HTML parser cannot move it out of the table", () => {
    const { narrative } = renderNarrativeXml(
      "<table><tbody><tr><content>stray</content><td>cell</td></tr>loose</tbody></table>",
    );
    const tds = narrative.querySelectorAll("table td");
    expect(Array.from(tds, (td) => td.textContent)).toEqual(["stray", "cell", "loose"]);
    expect(narrative.firstElementChild?.tagName).toBe("TABLE");
  });

  it("renders nested tables", () => {
    const { narrative } = renderNarrativeXml(
      "<table><tbody><tr><td><table><tbody><tr><td>inner</td></tr></tbody></table></td></tr></tbody></table>",
    );
    expect(narrative.querySelector("td table td")?.textContent).toBe("inner");
  });

  it("rejects out-of-range spans", () => {
    const { narrative } = renderNarrativeXml(
      "<table><tbody><tr><td colspan='0' rowspan='99999999'>x</td></tr></tbody></table>",
    );
    const td = narrative.querySelector("td")!;
    expect(td.hasAttribute("colspan")).toBe(false);
    expect(td.hasAttribute("rowspan")).toBe(false);
  });
});
