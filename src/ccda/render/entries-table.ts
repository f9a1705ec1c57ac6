/**
 * A table generated from a section's coded entries, for sections whose narrative `<text>` is missing or empty.
 * It is clearly marked as generated, and a "generated-from-entries" warning is recorded.
 */
import { attr, child, children, textOf } from "../parse/xml";
import type { RenderContext } from "./context";
import type { EntriesKind } from "./entries-kind-type";
import { KINDS, sectionStatements } from "./entries-kinds";
import { genericKind } from "./entries-kinds-observations";
import { h, type HNode } from "./html";

export const GENERATED_NOTE =
  "Generated from coded entries: the document has no narrative text for this section.";

function kindOf(section: Element): EntriesKind {
  const code = attr(child(section, "code"), "code");
  return (code !== undefined ? KINDS[code] : undefined) ?? genericKind;
}

/** Drops columns empty in every row (the first column always stays) and rows with no content. */
function prune(columns: readonly string[], rows: string[][]): { columns: string[]; rows: string[][] } {
  const kept = rows.filter((r) => r.some((c) => c.trim() !== ""));
  const used = columns.map((_, i) => i === 0 || kept.some((r) => (r[i] ?? "").trim() !== ""));
  const pick = <T>(xs: readonly T[]): T[] => xs.filter((_, i) => used[i]);
  return { columns: pick(columns), rows: kept.map(pick) };
}

function table(columns: readonly string[], rows: readonly string[][]): HNode {
  return h("table", { class: "ccda-generated-table" }, [
    h("thead", {}, [
      h(
        "tr",
        {},
        columns.map((c) => h("th", { scope: "col" }, [c])),
      ),
    ]),
    h(
      "tbody",
      {},
      rows.map((r) =>
        h(
          "tr",
          {},
          r.map((c) => h("td", {}, [c])),
        ),
      ),
    ),
  ]);
}

/** The generated table for a section with entries, or undefined when it has none. */
export function renderEntriesTable(section: Element, ctx: RenderContext): HNode | undefined {
  if (children(section, "entry").length === 0) return undefined;
  const title = textOf(child(section, "title")) || "Untitled section";
  const where = `section ${title}`;
  const statements = sectionStatements(section);
  let kind = kindOf(section);
  let extracted = kind.rows(statements, ctx, where);
  if (!extracted.some((r) => r.some(Boolean)) && kind !== genericKind) {
    kind = genericKind;
    extracted = kind.rows(statements, ctx, where);
  }
  const { columns, rows } = prune(kind.columns, extracted);
  if (rows.length === 0) return undefined;
  ctx.warnings.add(
    "generated-from-entries",
    "No narrative text; a table was generated from the coded entries",
    title,
  );
  return h("div", { class: "ccda-generated" }, [
    h("p", { class: "ccda-generated-note" }, [GENERATED_NOTE]),
    table(columns, rows),
  ]);
}
