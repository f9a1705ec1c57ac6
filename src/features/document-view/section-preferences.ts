/**
 * Per document type section preferences: order, hidden sections and how many sections start expanded. Only
 * section keys (LOINC codes or titles), titles and numbers are stored; never any clinical text.
 */
import type { CodeRef, DocumentSection } from "../../ccda/types";

export interface SectionPrefs {
  /** Section keys in the preferred order (sections not listed keep document order, after these). */
  order: string[];
  /** Keys of sections not shown. */
  hidden: string[];
  /** How many (shown) sections start expanded; undefined = all. */
  initialOpen: number | undefined;
  /** Titles of the keys last seen, so the dialog can name sections of other documents of the type. */
  titles: Record<string, string>;
}

export const EMPTY_PREFS: SectionPrefs = Object.freeze({
  order: [],
  hidden: [],
  initialOpen: undefined,
  titles: {},
});

/** What preferences are filed under: the document's type code, else one shared "unknown type" entry. */
export function documentTypeKey(code: CodeRef | undefined): string {
  if (code === undefined) return "unknown";
  return `${code.codeSystem ?? ""}|${code.code}`;
}

/** A stable key per section: its code when it has one (titles vary between senders), else its title. */
export function sectionKeys(sections: readonly Pick<DocumentSection, "code" | "title">[]): string[] {
  const seen = new Map<string, number>();
  return sections.map((s) => {
    const base = s.code !== undefined && s.code !== "" ? `code:${s.code}` : `title:${s.title.toLowerCase()}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
  });
}

export interface Arrangement {
  /** Indexes (into the document's sections) to show, in display order. */
  shown: number[];
  hidden: number[];
  reordered: boolean;
  /** How many of `shown` start expanded. */
  initialOpen: number;
}

export function arrange(keys: readonly string[], prefs: SectionPrefs): Arrangement {
  const hiddenSet = new Set(prefs.hidden);
  const rank = new Map(prefs.order.map((key, i) => [key, i]));
  const indexes = keys.map((_, i) => i);
  const hidden = indexes.filter((i) => hiddenSet.has(keys[i] ?? ""));
  const visible = indexes.filter((i) => !hiddenSet.has(keys[i] ?? ""));
  const weight = (i: number): number => rank.get(keys[i] ?? "") ?? prefs.order.length + i;
  const shown = [...visible].sort((a, b) => weight(a) - weight(b));
  const reordered = shown.some((value, position) => value !== visible[position]);
  const initialOpen = Math.min(prefs.initialOpen ?? shown.length, shown.length);
  return { shown, hidden, reordered, initialOpen };
}

export function isDefault(prefs: SectionPrefs): boolean {
  return prefs.order.length === 0 && prefs.hidden.length === 0 && prefs.initialOpen === undefined;
}

/** The minimal storage the preferences need (localStorage in the app, a Map in tests). */
export interface PrefsStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const STORAGE_KEY = "ccda-viewer:section-prefs:v1";

function isPrefs(value: unknown): value is SectionPrefs {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  const strings = (x: unknown) => Array.isArray(x) && x.every((s) => typeof s === "string");
  return (
    strings(v["order"]) &&
    strings(v["hidden"]) &&
    (v["initialOpen"] === undefined || (typeof v["initialOpen"] === "number" && v["initialOpen"] >= 0)) &&
    typeof v["titles"] === "object" &&
    v["titles"] !== null
  );
}

function readAll(storage: PrefsStorage): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(STORAGE_KEY) ?? "{}");
    return typeof parsed === "object" && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export function loadPrefs(storage: PrefsStorage | undefined, typeKey: string): SectionPrefs {
  if (storage === undefined) return EMPTY_PREFS;
  const found = readAll(storage)[typeKey];
  return isPrefs(found) ? found : EMPTY_PREFS;
}

/** Saves (or, for default preferences, forgets) a type's preferences. Storage failures are not fatal. */
export function savePrefs(storage: PrefsStorage | undefined, typeKey: string, prefs: SectionPrefs): boolean {
  if (storage === undefined) return false;
  const all = readAll(storage);
  const others = Object.fromEntries(Object.entries(all).filter(([key]) => key !== typeKey));
  const next = isDefault(prefs) ? others : { ...others, [typeKey]: prefs };
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(next));
    return true;
  } catch {
    return false;
  }
}

/** localStorage when the browser lets us use it (it throws in some sandboxed frames). */
export function browserStorage(): PrefsStorage | undefined {
  try {
    return typeof localStorage === "undefined" ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
