/**
 * Marks on rendered tables that let the viewer offer controls without touching content: a row identical to an
 * earlier one gets class `ccda-row-dup` (the viewer folds them), a header cell over a column of dates gets
 * `ccda-date-col` (the viewer offers newest-first), and a table with either is preceded by an empty
 * `<div class="ccda-table-tools">` where the viewer puts its controls. Tables with row spans are left alone:
 * hiding or moving one of their rows would shift the cells below it.
 */
import { h, plainText, type HElement, type HNode } from "../html";

const isElement = (n: HNode): n is HElement => n.type === "element";

function rowsOf(table: HElement): { head: HElement | undefined; body: HElement[] } {
  let head: HElement | undefined;
  const body: HElement[] = [];
  for (const part of table.children.filter(isElement)) {
    const rows = part.tag === "tr" ? [part] : part.children.filter((r) => isElement(r) && r.tag === "tr");
    if (part.tag === "thead") head ??= rows.find(isElement);
    else if (part.tag === "tbody" || part.tag === "tr") body.push(...rows.filter(isElement));
  }
  // No thead: a first body row made of header cells is the header.
  const first = body[0];
  if (head === undefined && first?.children.filter(isElement).every((c) => c.tag === "th") === true) {
    head = first;
    body.shift();
  }
  return { head, body };
}

const cellsOf = (row: HElement): HElement[] =>
  row.children.filter((c): c is HElement => isElement(c) && (c.tag === "td" || c.tag === "th"));

const hasSpan = (row: HElement): boolean =>
  cellsOf(row).some((c) => c.attrs["rowspan"] !== undefined || c.attrs["colspan"] !== undefined);

function addClass(el: HElement, token: string): void {
  const prior = el.attrs["class"];
  el.attrs = { ...el.attrs, class: typeof prior === "string" && prior !== "" ? `${prior} ${token}` : token };
}

function rowKey(row: HElement): string {
  return cellsOf(row)
    .map((c) => plainText([c]).replace(/\s+/g, " ").trim())
    .join("\t");
}

function markDuplicates(body: readonly HElement[]): number {
  const seen = new Set<string>();
  let count = 0;
  for (const row of body) {
    const key = rowKey(row);
    if (key.replace(/\t/g, "") === "") continue;
    if (seen.has(key)) {
      addClass(row, "ccda-row-dup");
      count += 1;
    } else seen.add(key);
  }
  return count;
}

const DATE_HEADER_RE =
  /date|time|when|onset|effective|period|started|resolved|administered|collected|\bon\b/i;
const MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec";
const ISO_RE = /\b(\d{4})-?(\d{2})-?(\d{2})(?:[T ]?(\d{2}):?(\d{2}))?/;
const US_RE = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/;
const WORDY_RE = new RegExp(
  `\\b(?:\\d{1,2}\\s+(?:${MONTHS})[a-z]*\\.?,?\\s+\\d{4}|(?:${MONTHS})[a-z]*\\.?\\s+(?:\\d{1,2},?\\s+)?\\d{4})`,
  "i",
);

/** A date (ms since epoch, UTC) from the start of a cell's text, or undefined. Ranges sort by their start. */
export function looseDate(text: string): number | undefined {
  const iso = ISO_RE.exec(text);
  if (iso) {
    const [, y, m, d, hh, mm] = iso;
    const value = Date.UTC(Number(y), Number(m) - 1, Number(d), Number(hh ?? 0), Number(mm ?? 0));
    return Number(m) >= 1 && Number(m) <= 12 && Number(d) >= 1 && Number(d) <= 31 ? value : undefined;
  }
  const us = US_RE.exec(text);
  if (us) return Date.UTC(Number(us[3]), Number(us[1]) - 1, Number(us[2]));
  const wordy = WORDY_RE.exec(text);
  if (!wordy) return undefined;
  const parsed = Date.parse(`${wordy[0].replace(/,/g, "")} UTC`);
  return Number.isNaN(parsed) ? undefined : parsed;
}

function dateColumn(head: HElement | undefined, body: readonly HElement[]): number | undefined {
  if (head === undefined || body.length < 2) return undefined;
  const headers = cellsOf(head);
  for (const [index, th] of headers.entries()) {
    if (!DATE_HEADER_RE.test(plainText([th]))) continue;
    const texts = body.map((r) => plainText([cellsOf(r)[index] ?? h("td")]).trim()).filter((t) => t !== "");
    const dated = texts.filter((t) => looseDate(t) !== undefined).length;
    if (texts.length > 0 && dated / texts.length >= 0.6) return index;
  }
  return undefined;
}

/** Adds the marks to a rendered table; returns the nodes to emit in its place (tools marker first). */
export function markTable(table: HElement): HNode[] {
  const { head, body } = rowsOf(table);
  if (body.length < 2 || body.some(hasSpan) || (head !== undefined && hasSpan(head))) return [table];
  const dups = markDuplicates(body);
  const dateIndex = dateColumn(head, body);
  const dateHeader = dateIndex === undefined || head === undefined ? undefined : cellsOf(head)[dateIndex];
  if (dateHeader) addClass(dateHeader, "ccda-date-col");
  if (dups === 0 && dateHeader === undefined) return [table];
  return [h("div", { class: "ccda-table-tools" }), table];
}
