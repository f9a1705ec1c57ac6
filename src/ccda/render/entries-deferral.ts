/**
 * Whether a document parsed without some of its entries (parse/defer-entries.ts) renders exactly as the whole
 * document would. The renderer reads entries in three places, and each is checked here:
 * - a section whose narrative is empty gets a table generated from its entries: no such section may have lost
 *   entries (the processing instruction left in their place says which did);
 * - a section nested too deep is shown as its whole text content, entries included: none may be that deep;
 * - `ID`s: the first element with an ID wins a reference (indexIds), so an ID inside a removed entry must not
 *   also be in the rest of the document, or a reference could resolve differently.
 * (renderMultiMedia, whose images live in entries, is ruled out by deferEntries itself.)
 */
import type { DeferredEntries } from "../parse/defer-entries";
import { DEFERRED_MARK } from "../parse/defer-entries";
import { child, isCda } from "../parse/xml";
import { isEmptyText, MAX_SECTION_DEPTH } from "./section";

/** Whether entries were taken out of this section (a processing instruction, node type 7, marks where). */
function lostEntries(section: Element): boolean {
  for (let node = section.firstChild; node; node = node.nextSibling)
    if (node.nodeType === 7 && (node as ProcessingInstruction).target === DEFERRED_MARK) return true;
  return false;
}

function sectionDepth(section: Element): number {
  let depth = 0;
  for (let p = section.parentElement; p; p = p.parentElement) if (isCda(p, "section")) depth += 1;
  return depth;
}

function idTaken(root: Element, ids: ReadonlySet<string>): boolean {
  if (ids.has(root.getAttribute("ID") ?? "")) return true;
  for (const el of root.querySelectorAll("[ID]")) if (ids.has(el.getAttribute("ID") ?? "")) return true;
  return false;
}

/** True when the document must be parsed whole to render as it should. */
export function entriesNeeded(root: Element, deferred: DeferredEntries): boolean {
  const sections = root.getElementsByTagNameNS("*", "section");
  const mayBeTooDeep = sections.length >= MAX_SECTION_DEPTH;
  for (const section of sections) {
    if (!isCda(section)) continue;
    if (lostEntries(section) && isEmptyText(child(section, "text"))) return true;
    // One level of margin: a section at the limit is already shown whole.
    if (mayBeTooDeep && sectionDepth(section) >= MAX_SECTION_DEPTH - 1) return true;
  }
  return deferred.ids.length > 0 && idTaken(root, new Set(deferred.ids));
}
