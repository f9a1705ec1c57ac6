/** Showcase tables: grouped headers, row groups, rules, vendor styleCodes, footnotes, sub/superscripts. */
import type { XmlElement } from "./xml-writer";
import { el } from "./xml-writer";

export const th = (attrs: Record<string, string>, ...children: (string | XmlElement)[]) =>
  el("th", attrs, ...children);
export const td = (attrs: Record<string, string>, ...children: (string | XmlElement)[]) =>
  el("td", attrs, ...children);

const unitM2 = (value: string) => [value, " mL/min/1.73 m", el("sup", null, "2")];

function resultsHead(): XmlElement[] {
  return [
    el(
      "colgroup",
      null,
      el("col", { width: "34%", align: "left" }),
      el("col", { width: "22%", align: "right", span: "2" }),
      el("col", { width: "22%", styleCode: "Rrule" }),
    ),
    el(
      "thead",
      null,
      el(
        "tr",
        null,
        th({ rowspan: "2", scope: "col" }, "Test"),
        th({ colspan: "2", scope: "colgroup", align: "center" }, "Result"),
        th({ rowspan: "2", scope: "col" }, "Interpretation"),
      ),
      el("tr", null, th({ scope: "col" }, "Previous"), th({ scope: "col" }, "Current")),
    ),
  ];
}

function resultsFoot(): XmlElement {
  const notes = td(
    { colspan: "4" },
    el("footnote", { ID: "fn-egfr" }, "eGFR calculated with the CKD-EPI 2021 equation (race-free)."),
    el("br"),
    el("footnote", { ID: "fn-abg" }, "Arterial sample drawn on room air."),
  );
  return el("tfoot", null, el("tr", null, notes));
}

function kidneyRows(): XmlElement {
  return el(
    "tbody",
    { styleCode: "xRowGroup" },
    el(
      "tr",
      { styleCode: "xRowGroup" },
      th({ colspan: "4", scope: "rowgroup", styleCode: "xLabel" }, "Kidney function"),
    ),
    el(
      "tr",
      null,
      th({ scope: "row", styleCode: "Lrule" }, "Creatinine"),
      td({ align: "right" }, "1.4 mg/dL"),
      td({ align: "right", styleCode: "xAlert Bold" }, "1.6 mg/dL"),
      td({ rowspan: "2", valign: "top", styleCode: "Rrule" }, "Declining; recheck in 2 weeks"),
    ),
    el(
      "tr",
      null,
      th({ scope: "row" }, "eGFR", el("footnoteRef", { IDREF: "fn-egfr" })),
      td({ align: "right" }, ...unitM2("52")),
      td({ align: "right", styleCode: "xAlert" }, ...unitM2("46")),
    ),
  );
}

function bloodGasRows(): XmlElement {
  const label = th(
    { colspan: "4", scope: "rowgroup", styleCode: "xLabel" },
    "Blood gas",
    el("footnoteRef", { IDREF: "fn-abg" }),
  );
  return el(
    "tbody",
    null,
    el("tr", { styleCode: "xRowGroup" }, label),
    el(
      "tr",
      { styleCode: "Botrule" },
      th({ scope: "row" }, "pCO", el("sub", null, "2")),
      td({ align: "right" }, "41 mmHg"),
      td({ align: "right" }, "44 mmHg"),
      td({}, "Normal"),
    ),
    el(
      "tr",
      null,
      th({ scope: "row" }, "HCO", el("sub", null, "3"), el("sup", null, "−")),
      td({ align: "right" }, "24 mmol/L"),
      td({ align: "right" }, "22 mmol/L"),
      td({}, "Normal"),
    ),
  );
}

/** Results with grouped headers, row groups, vendor styleCodes, rules, a footnote and sub/superscripts. */
export function showcaseResultsTable(): XmlElement {
  return el(
    "table",
    { border: "1", width: "100%", styleCode: "Toprule Botrule", ID: "renal-trend" },
    el("caption", null, "Renal function and acid–base trend", el("footnoteRef", { IDREF: "fn-egfr" })),
    resultsHead(),
    resultsFoot(),
    kidneyRows(),
    bloodGasRows(),
  );
}

/** A vitals trend table using bare `col` elements (no colgroup) and row headers. */
export function showcaseVitalsTrend(): XmlElement {
  const row = (label: string, ...values: string[]) =>
    el(
      "tr",
      null,
      th({ scope: "row" }, label),
      values.map((v) => td({ align: "right" }, v)),
    );
  return el(
    "table",
    { border: "1" },
    el("caption", null, "Home blood pressure log (patient reported)"),
    el("col", { width: "40%" }),
    el("col", { width: "20%" }),
    el("col", { width: "20%" }),
    el("col", { width: "20%" }),
    el(
      "thead",
      null,
      el("tr", null, th({}, "Reading"), th({}, "Week 1"), th({}, "Week 2"), th({}, "Week 3")),
    ),
    el(
      "tbody",
      null,
      row("Morning (mmHg)", "142/88", "136/84", "129/80"),
      row("Evening (mmHg)", "138/86", "131/82", "126/78"),
    ),
  );
}
