/**
 * Finding text in the rendered document without changing it: matches are DOM Ranges over the existing text
 * nodes, painted with the CSS Custom Highlight API where the browser has it (no wrapper elements inside the
 * sanitized output). Collapsed sections are searched too (their text is in the DOM, only hidden).
 */

/** More matches than this are not counted one by one (a reader refines the query long before). */
export const MAX_MATCHES = 2000;

const SKIP_SELECTOR = "[data-search-skip], script, style";

/** Text inside a duplicate row the reader has folded away is a copy of a row that is searched. */
function inFoldedDuplicate(el: Element): boolean {
  const row = el.closest("tr.ccda-row-dup");
  if (row === null) return false;
  const tools = row.closest("table")?.previousElementSibling;
  return tools?.querySelector('[data-dups-folded="true"]') != null;
}

function searchable(node: Text, skipCache: Map<Element, boolean>): boolean {
  const parent = node.parentElement;
  if (parent === null) return false;
  let skip = skipCache.get(parent);
  if (skip === undefined) {
    skip = parent.closest(SKIP_SELECTOR) !== null || inFoldedDuplicate(parent);
    skipCache.set(parent, skip);
  }
  return !skip;
}

/** Case-insensitive matches of `query` in the text under `roots`, in document order. */
export function findMatches(roots: readonly Element[], query: string): Range[] {
  const needle = query.trim().toLocaleLowerCase();
  if (needle === "") return [];
  const matches: Range[] = [];
  const skipCache = new Map<Element, boolean>();
  for (const root of roots) {
    const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const text = node as Text;
      const haystack = text.data.toLocaleLowerCase();
      let at = haystack.indexOf(needle);
      if (at < 0 || !searchable(text, skipCache)) continue;
      while (at >= 0 && matches.length < MAX_MATCHES) {
        const range = root.ownerDocument.createRange();
        range.setStart(text, at);
        range.setEnd(text, at + needle.length);
        matches.push(range);
        at = haystack.indexOf(needle, at + needle.length);
      }
      if (matches.length >= MAX_MATCHES) return matches;
    }
  }
  return matches;
}

interface HighlightRegistry {
  set(name: string, value: unknown): void;
  delete(name: string): void;
}

type HighlightCtor = new (...ranges: Range[]) => unknown;

function highlightApi(): { registry: HighlightRegistry; Highlight: HighlightCtor } | undefined {
  const css = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  const Highlight = (globalThis as { Highlight?: HighlightCtor }).Highlight;
  if (css?.highlights === undefined || Highlight === undefined) return undefined;
  return { registry: css.highlights, Highlight };
}

export const HIGHLIGHT_ALL = "ccda-search";
export const HIGHLIGHT_CURRENT = "ccda-search-current";

/** Paints all matches and the current one; returns false where the browser cannot (the count still works). */
export function paintHighlights(matches: readonly Range[], current: number): boolean {
  const api = highlightApi();
  if (api === undefined) return false;
  api.registry.set(HIGHLIGHT_ALL, new api.Highlight(...matches));
  const currentRange = matches[current];
  if (currentRange === undefined) api.registry.delete(HIGHLIGHT_CURRENT);
  else api.registry.set(HIGHLIGHT_CURRENT, new api.Highlight(currentRange));
  return true;
}

export function clearHighlights(): void {
  const api = highlightApi();
  api?.registry.delete(HIGHLIGHT_ALL);
  api?.registry.delete(HIGHLIGHT_CURRENT);
}

/** The index of the top-level section a match is in, if any (sections carry data-section-index). */
export function sectionIndexOf(range: Range): number | undefined {
  const el = range.startContainer.parentElement?.closest("[data-section-index]");
  const value = el?.getAttribute("data-section-index");
  return value == null ? undefined : Number(value);
}

/** Opens closed <details> around a match (the header's "Document details") and scrolls it into view. */
export function revealMatch(range: Range): void {
  const el = range.startContainer.parentElement;
  if (el === null) return;
  for (let d = el.closest("details"); d !== null; d = d.parentElement?.closest("details") ?? null) {
    if (!d.open) d.open = true;
  }
  if (typeof el.scrollIntoView === "function") el.scrollIntoView({ block: "center" });
}
