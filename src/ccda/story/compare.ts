/**
 * Two documents → what changed: sections added and removed (matched by LOINC code, else by title) and, in
 * sections both have, table rows added, removed and changed (rows matched by their first cell).
 */
import type { DocumentStory, SectionSnapshot } from "./types";

export interface RowChange {
  readonly change: "added" | "removed" | "changed";
  /** The row's label (its first cell). */
  readonly label: string;
  readonly before: readonly string[] | undefined;
  readonly after: readonly string[] | undefined;
}

export interface SectionChange {
  readonly change: "added" | "removed" | "changed" | "unchanged";
  readonly title: string;
  /** Section keys in the older and the newer document (for links). */
  readonly beforeKey: string | undefined;
  readonly afterKey: string | undefined;
  readonly rows: readonly RowChange[];
}

const norm = (s: string): string => s.trim().toLowerCase().replace(/\s+/g, " ");

function sectionIdentity(s: SectionSnapshot): string {
  return s.code !== undefined && s.code !== "" ? `code:${s.code}` : `title:${norm(s.title)}`;
}

/** Identity → sections; repeated identities (two "Notes" sections) are paired in order. */
function keyed<T>(list: readonly T[], identity: (t: T) => string): Map<string, T> {
  const seen = new Map<string, number>();
  const out = new Map<string, T>();
  for (const item of list) {
    const id = identity(item);
    const n = seen.get(id) ?? 0;
    seen.set(id, n + 1);
    out.set(n === 0 ? id : `${id}#${n}`, item);
  }
  return out;
}

const rowKey = (row: readonly string[]): string => norm(row[0] ?? "");
const sameRow = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((cell, i) => norm(cell) === norm(b[i] ?? ""));

export function compareRows(
  before: readonly (readonly string[])[],
  after: readonly (readonly string[])[],
): RowChange[] {
  const old = keyed(before, rowKey);
  const now = keyed(after, rowKey);
  const out: RowChange[] = [];
  for (const [key, row] of now) {
    const prior = old.get(key);
    const label = row[0] ?? "";
    if (prior === undefined) out.push({ change: "added", label, before: undefined, after: row });
    else if (!sameRow(prior, row)) out.push({ change: "changed", label, before: prior, after: row });
  }
  for (const [key, row] of old) {
    if (!now.has(key)) out.push({ change: "removed", label: row[0] ?? "", before: row, after: undefined });
  }
  return out;
}

export function compareStories(before: DocumentStory, after: DocumentStory): SectionChange[] {
  const old = keyed(before.sections, sectionIdentity);
  const now = keyed(after.sections, sectionIdentity);
  const out: SectionChange[] = [];
  for (const [id, section] of now) {
    const prior = old.get(id);
    if (prior === undefined) {
      out.push({
        change: "added",
        title: section.title,
        beforeKey: undefined,
        afterKey: section.key,
        rows: [],
      });
      continue;
    }
    const rows = compareRows(prior.rows, section.rows);
    const textChanged = rows.length === 0 && norm(prior.text) !== norm(section.text);
    out.push({
      change: rows.length > 0 || textChanged ? "changed" : "unchanged",
      title: section.title,
      beforeKey: prior.key,
      afterKey: section.key,
      rows,
    });
  }
  for (const [id, section] of old) {
    if (!now.has(id)) {
      out.push({
        change: "removed",
        title: section.title,
        beforeKey: section.key,
        afterKey: undefined,
        rows: [],
      });
    }
  }
  return out;
}
