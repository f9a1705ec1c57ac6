/** Observation values (ANY, by xsi:type) as text. */
import { attr, child, textOf, xsiType } from "../parse/xml";
import { displayCode, referencedText, type CodeContext } from "./code";
import { nullFlavorOf } from "./null-flavor";
import { formatIvlPq, formatPq, formatRto } from "./quantity";
import { formatInterval, formatTs } from "./time";

const CODED = new Set(["CD", "CE", "CV", "CO", "CS"]);

function formatBool(el: Element): string {
  const v = attr(el, "value");
  if (v === "true") return "Yes";
  if (v === "false") return "No";
  return v ?? "";
}

function formatByType(type: string, el: Element, ctx: CodeContext, where?: string): string | undefined {
  if (CODED.has(type)) return displayCode(el, ctx, where);
  switch (type) {
    case "PQ":
    case "MO":
      return formatPq(el);
    case "IVL_PQ":
      return formatIvlPq(el);
    case "RTO":
    case "RTO_PQ_PQ":
    case "RTO_INT_INT":
      return formatRto(el);
    case "TS":
      return formatTs(attr(el, "value"));
    case "IVL_TS":
      return formatInterval(el, ctx, where);
    case "BL":
      return formatBool(el);
    case "INT":
    case "REAL":
      return attr(el, "value") ?? "";
    case "ST":
    case "ED":
      return referencedText(el, ctx, where) ?? "";
    default:
      return undefined;
  }
}

/**
 * The text of an observation value: by xsi:type when known, else the best of displayName/code, value+unit, text.
 * A nullFlavor becomes words. Never throws; "" when there is nothing.
 */
export function formatValue(el: Element | undefined, ctx: CodeContext, where?: string): string {
  if (!el) return "";
  const typed = formatByType(xsiType(el) ?? "", el, ctx, where);
  if (typed) return typed;
  if (attr(el, "code") !== undefined || attr(el, "displayName") !== undefined || child(el, "originalText")) {
    return displayCode(el, ctx, where);
  }
  if (attr(el, "value") !== undefined) return formatPq(el);
  if (child(el, "low") || child(el, "high") || child(el, "center")) return formatIvlPq(el);
  const own = referencedText(el, ctx, where) ?? textOf(el);
  if (own) return own;
  return nullFlavorOf(el) ?? "";
}
