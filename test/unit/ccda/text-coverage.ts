/**
 * "Nothing is lost": every text node of every section's <text> must appear, in order, in the rendered body's
 * text (whitespace ignored: HTML and XML differ in where it goes). Footnote text moves to the Notes lists, so it
 * is checked separately (present anywhere in the body).
 */
const V3 = "urn:hl7-org:v3";

const compact = (s: string): string => s.replace(/\s+/g, "");

function isV3(el: Element, name: string): boolean {
  return el.localName === name && (el.namespaceURI === V3 || el.namespaceURI === null);
}

function insideFootnote(node: Node, stop: Element): boolean {
  for (let p = node.parentElement; p && p !== stop; p = p.parentElement) if (isV3(p, "footnote")) return true;
  return false;
}

export interface Coverage {
  chars: number;
  found: number;
  missing: string[];
}

/** Section <text> elements in document order (all nesting levels). */
export function sectionTexts(root: Element): Element[] {
  return Array.from(root.getElementsByTagNameNS("*", "text")).filter(
    (t) =>
      (t.namespaceURI === V3 || t.namespaceURI === null) &&
      t.parentElement !== null &&
      isV3(t.parentElement, "section"),
  );
}

function textNodes(el: Element): Node[] {
  const out: Node[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* SHOW_TEXT */ | 8 /* SHOW_CDATA_SECTION */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n);
  return out;
}

export function textCoverage(source: Element, bodyText: string): Coverage {
  const haystack = compact(bodyText);
  const result: Coverage = { chars: 0, found: 0, missing: [] };
  let cursor = 0;
  for (const textEl of sectionTexts(source)) {
    for (const node of textNodes(textEl)) {
      const needle = compact(node.nodeValue ?? "");
      if (needle === "") continue;
      result.chars += needle.length;
      const inNote = insideFootnote(node, textEl);
      const at = haystack.indexOf(needle, inNote ? 0 : cursor);
      if (at < 0) {
        if (result.missing.length < 5) result.missing.push(needle.slice(0, 80));
        continue;
      }
      result.found += needle.length;
      if (!inNote) cursor = at + needle.length;
    }
  }
  return result;
}

/** Number of CDA narrative elements with this name inside section texts. */
export function countInTexts(source: Element, names: readonly string[]): number {
  let n = 0;
  for (const textEl of sectionTexts(source)) {
    for (const name of names) {
      n += Array.from(textEl.getElementsByTagNameNS("*", name)).filter(
        (e) => e.namespaceURI === V3 || e.namespaceURI === null,
      ).length;
    }
  }
  return n;
}
