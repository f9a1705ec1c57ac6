/** What section builders receive, and helpers shared by them. */
import type { DocSpec } from "./doc-spec";
import type { Prng } from "./prng";
import type { Child, XmlElement } from "./xml-writer";

export interface SectionContext {
  spec: DocSpec;
  rng: Prng;
}

/** Showcase additions a section can carry: more narrative, entries and nested sections. */
export interface SectionExtra {
  text?: readonly Child[];
  entries?: readonly XmlElement[];
  subsections?: readonly XmlElement[];
}

export const empty = (ctx: SectionContext): boolean => ctx.spec.emptyNarratives;

/** Entries of a section without narrative must not point into it: drop their `#id` references. */
function withoutReferences(node: XmlElement): XmlElement {
  const isRefHolder = (child: XmlElement) =>
    (child.name === "originalText" || child.name === "text") &&
    child.children.every((c) => c.kind === "element" && c.name === "reference");
  const children = node.children
    .filter((child) => child.kind !== "element" || !isRefHolder(child))
    .map((child) => (child.kind === "element" ? withoutReferences(child) : child));
  return { ...node, children };
}

export function entriesFor(ctx: SectionContext, entries: XmlElement[]): XmlElement[] {
  return empty(ctx) ? entries.map(withoutReferences) : entries;
}
