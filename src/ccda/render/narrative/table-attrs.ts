/** The few table attributes we keep, each validated; everything else (style, width, on*, border …) is dropped. */

const SCOPE = new Set(["row", "col", "rowgroup", "colgroup"]);
const ALIGN = new Set(["left", "center", "right", "justify"]);
const VALIGN = new Set(["top", "middle", "bottom", "baseline"]);

/** A positive integer up to max, else undefined. */
export function positiveInt(value: string | null, max: number): number | undefined {
  if (value === null || !/^\s*\d{1,6}\s*$/.test(value)) return undefined;
  const n = Number(value);
  return n >= 1 && n <= max ? n : undefined;
}

function keyword(value: string | null, allowed: ReadonlySet<string>): string | undefined {
  const v = value?.trim().toLowerCase();
  return v !== undefined && allowed.has(v) ? v : undefined;
}

/** align / valign, shared by rows, cells, row groups and columns. */
export function alignAttrs(el: Element): { align?: string; valign?: string } {
  const out: { align?: string; valign?: string } = {};
  const align = keyword(el.getAttribute("align"), ALIGN);
  const valign = keyword(el.getAttribute("valign"), VALIGN);
  if (align) out.align = align;
  if (valign) out.valign = valign;
  return out;
}

export function cellAttrs(el: Element): Record<string, string | number> {
  const out: Record<string, string | number> = { ...alignAttrs(el) };
  const rowspan = positiveInt(el.getAttribute("rowspan"), 65534);
  const colspan = positiveInt(el.getAttribute("colspan"), 1000);
  const scope = keyword(el.getAttribute("scope"), SCOPE);
  if (rowspan !== undefined) out.rowspan = rowspan;
  if (colspan !== undefined) out.colspan = colspan;
  if (scope) out.scope = scope;
  return out;
}

export function spanAttrs(el: Element): Record<string, string | number> {
  const out: Record<string, string | number> = { ...alignAttrs(el) };
  const span = positiveInt(el.getAttribute("span"), 1000);
  if (span !== undefined) out.span = span;
  return out;
}
