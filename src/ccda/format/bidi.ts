/**
 * Bidi isolation for values written by others (names, addresses, telecoms). A right-to-left override in a
 * patient's name must not reorder what follows it ("Eve\u202E ... evil" reading as "live"), so a value holding
 * any bidi control is wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE: whatever it opens ends at its
 * own end. Plain text (Unicode's own mechanism), so it holds wherever the string goes: header, list, title.
 */

const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const FSI = "\u2068";
const PDI = "\u2069";

/** The value with its own isolates balanced: a PDI with nothing to close would close ours; open ones are closed. */
function balanceIsolates(value: string): string {
  let open = 0;
  let out = "";
  for (const char of value) {
    if (char === "\u2066" || char === "\u2067" || char === FSI) open += 1;
    else if (char === PDI) {
      if (open === 0) continue; // would close the isolate we add around the value
      open -= 1;
    }
    out += char;
  }
  return out + PDI.repeat(open);
}

/** `value` unchanged when it has no bidi controls, else isolated so its direction changes stay inside it. */
export function isolateBidi(value: string): string {
  if (!BIDI_CONTROL.test(value)) return value;
  return `${FSI}${balanceIsolates(value)}${PDI}`;
}
