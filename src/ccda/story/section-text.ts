/** A section's narrative as plain text and as rows (table rows, else paragraphs and list items). */
import { child, isCda, nextInDocumentOrder, normalizeSpace } from "../parse/xml";

/** Text of an element with a space between text nodes, so table cells and paragraphs do not run together. */
export function spacedText(el: Element | undefined): string {
  if (!el) return "";
  const parts: string[] = [];
  // SHOW_TEXT | SHOW_CDATA_SECTION: CDATA is text for a reader too.
  const walker = el.ownerDocument.createTreeWalker(el, 0x4 | 0x8);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push(n.nodeValue ?? "");
  return normalizeSpace(parts.join(" "));
}

function cellsOf(tr: Element): string[] {
  const out: string[] = [];
  for (let c = tr.firstElementChild; c; c = c.nextElementSibling) {
    if (isCda(c, "td") || isCda(c, "th")) out.push(spacedText(c));
  }
  return out;
}

function insideHead(tr: Element): boolean {
  return tr.parentElement !== null && isCda(tr.parentElement, "thead");
}

const BLOCKS = new Set(["paragraph", "item", "caption"]);

/** Every element of the narrative in document order, without recursion (hostile nesting is deep). */
function descendants(root: Element): Element[] {
  const out: Element[] = [];
  for (let el = nextInDocumentOrder(root, root); el; el = nextInDocumentOrder(el, root)) out.push(el);
  return out;
}

/** Body rows of the narrative tables; when there are none, one row per paragraph / list item. */
export function narrativeRows(section: Element): string[][] {
  const text = child(section, "text");
  if (!text) return [];
  const all = descendants(text);
  const rows = all
    .filter((el) => isCda(el, "tr") && !insideHead(el))
    .map(cellsOf)
    .filter((cells) => cells.some((c) => c !== ""));
  if (rows.length > 0) return rows;
  return all
    .filter((el) => isCda(el) && BLOCKS.has(el.localName))
    .filter((el) => !all.some((p) => p !== el && BLOCKS.has(p.localName) && p.contains(el) && isCda(p)))
    .map((el) => [spacedText(el)])
    .filter((cells) => cells[0] !== "");
}
