/** Person and organization names (PN / ON / EN). */
import { attr, elementChildren, isCda, normalizeSpace, textOf } from "../parse/xml";
import { isolateBidi } from "./bidi";
import { nullFlavorOf } from "./null-flavor";
import { labelsOfUse } from "./use-codes";

const NAME_USES: Readonly<Record<string, string>> = {
  L: "Legal",
  OR: "Official registry",
  P: "Pseudonym",
  A: "Artist/stage",
  I: "Indigenous/tribal",
  R: "Religious",
  ASGN: "Assigned",
  C: "License",
  SRCH: "Search",
  PHON: "Phonetic",
  SNDX: "Soundex",
  ABC: "Alphabetic",
  SYL: "Syllabic",
  IDE: "Ideographic",
};

/** Words for a name's `use` attribute (space-separated list); undefined when absent. */
export function nameUseLabel(el: Element | undefined): string | undefined {
  return labelsOfUse(el, NAME_USES);
}

const ORDER = ["prefix", "given", "family", "suffix"] as const;

function partText(part: Element): string {
  const t = textOf(part);
  if (!t) return "";
  const q = attr(part, "qualifier") ?? "";
  return /\bCL\b/.test(q) ? `"${t}"` : t;
}

/**
 * A name as one line: prefix, given, family, suffix in that order (the order readers expect, whatever the
 * document order); a name with no parts is its text; a nullFlavor becomes words.
 */
export function formatName(el: Element | undefined): string {
  if (!el) return "";
  const parts = elementChildren(el).filter((c) => isCda(c));
  const named = parts.filter((p) => (ORDER as readonly string[]).includes(p.localName));
  if (named.length === 0) {
    const own = textOf(el);
    if (own) return isolateBidi(own);
    return nullFlavorOf(el) ?? "";
  }
  const words = ORDER.flatMap((k) => named.filter((p) => p.localName === k).map(partText)).filter(Boolean);
  const loose = Array.from(el.childNodes)
    .filter((n) => n.nodeType === 3 || n.nodeType === 4)
    .map((n) => n.textContent ?? "")
    .join(" ");
  return isolateBidi(normalizeSpace([...words, normalizeSpace(loose)].join(" ")));
}
