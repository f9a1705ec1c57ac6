/** The `use` attribute of names, addresses and telecoms: a space-separated list of codes. */
import { attr } from "../parse/xml";

/** Words for an element's `use` codes (unknown codes as written), comma-separated; undefined when absent. */
export function labelsOfUse(
  el: Element | undefined,
  table: Readonly<Record<string, string>>,
): string | undefined {
  const use = attr(el, "use");
  if (use === undefined) return undefined;
  return use
    .split(/\s+/)
    .filter(Boolean)
    .map((u) => table[u] ?? u)
    .join(", ");
}
