/** Turning coded values (CD/CE/CV/CO) into words, with every fallback a real document needs. */
import { attr, child, children, textOf } from "../parse/xml";
import type { RenderContext } from "../render/context";
import { codeSystemName, v3Label } from "./code-systems";
import { nullFlavorOf } from "./null-flavor";

export type CodeContext = Pick<RenderContext, "ids" | "warnings">;

/**
 * Resolves a `reference/@value="#id"` pointer through the document's ID index. Returns the target's text, or
 * undefined (with a "broken-reference" warning) when nothing carries that ID.
 */
export function resolveReference(
  ref: Element | undefined,
  ctx: CodeContext,
  where?: string,
): string | undefined {
  const value = attr(ref, "value")?.trim();
  if (value === undefined) return undefined;
  const id = value.startsWith("#") ? value.slice(1) : value;
  const target = ctx.ids.get(id);
  if (!target) {
    ctx.warnings.add("broken-reference", `Reference "${value}" points to no ID in the document`, where);
    return undefined;
  }
  return textOf(target) || undefined;
}

/** The text of an `originalText` / `text` element: its own text, else what its `reference` points to. */
export function referencedText(
  el: Element | undefined,
  ctx: CodeContext,
  where?: string,
): string | undefined {
  if (!el) return undefined;
  const own = textOf(el);
  if (own) return own;
  return resolveReference(child(el, "reference"), ctx, where);
}

function translationDisplay(el: Element): string | undefined {
  for (const t of children(el, "translation")) {
    const d = attr(t, "displayName")?.trim();
    if (d) return d;
  }
  return undefined;
}

/** "<code> (<system name>)", the table's words for small HL7 tables, or just the code. */
export function bareCode(el: Element | undefined): string | undefined {
  const code = attr(el, "code");
  if (code === undefined) return undefined;
  const system = attr(el, "codeSystem");
  const label = v3Label(system, code);
  if (label !== undefined) return label;
  const name = codeSystemName(system, attr(el, "codeSystemName"));
  return name === undefined ? code : `${code} (${name})`;
}

/** Only the human words of a code: displayName, originalText (own or referenced), a translation's displayName. */
export function codeWords(el: Element | undefined, ctx: CodeContext, where?: string): string | undefined {
  if (!el) return undefined;
  const display = attr(el, "displayName")?.trim();
  if (display) return display;
  const original = referencedText(child(el, "originalText"), ctx, where);
  if (original) return original;
  return translationDisplay(el);
}

/**
 * The best words for a coded element: displayName, originalText (own text or resolved reference), a
 * translation's displayName, the code with its system's name, a translation's code, then the nullFlavor.
 */
export function displayCode(el: Element | undefined, ctx: CodeContext, where?: string): string {
  if (!el) return "";
  const words = codeWords(el, ctx, where);
  if (words !== undefined) return words;
  const bare = bareCode(el);
  if (bare !== undefined) return bare;
  for (const t of children(el, "translation")) {
    const tb = bareCode(t);
    if (tb !== undefined) return tb;
  }
  return nullFlavorOf(el) ?? "";
}

/** "display (code, System)" for the details panel, where the code itself matters. */
export function displayCodeFull(el: Element | undefined, ctx: CodeContext, where?: string): string {
  const words = displayCode(el, ctx, where);
  const code = attr(el, "code");
  if (!words || code === undefined || words === bareCode(el)) return words;
  const system = codeSystemName(attr(el, "codeSystem"), attr(el, "codeSystemName"));
  return `${words} (${system === undefined ? code : `${system} ${code}`})`;
}

const FUNCTION_TABLES = ["2.16.840.1.113883.5.88", "2.16.840.1.113883.12.443"];

/**
 * A participation's functionCode: its words, else the words of the HL7 function tables (v3 ParticipationFunction,
 * v2 table 0443) for the bare code — senders often leave out the codeSystem of "PCP" — else the usual fallbacks.
 */
export function displayFunctionCode(el: Element | undefined, ctx: CodeContext, where?: string): string {
  const words = codeWords(el, ctx, where);
  if (words !== undefined) return words;
  const code = attr(el, "code");
  for (const table of FUNCTION_TABLES) {
    const label = v3Label(table, code);
    if (label !== undefined) return label;
  }
  return displayCode(el, ctx, where);
}
