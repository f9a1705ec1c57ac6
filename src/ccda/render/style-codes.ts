/**
 * CDA styleCode tokens → our own CSS classes. Matching is case-insensitive; anything not listed is dropped
 * (never copied into `class`), so a document cannot borrow the host app's classes (SEC-11).
 */

const MAP: ReadonlyMap<string, readonly string[]> = new Map(
  (
    [
      // The CDA R2 font, rule and list styles.
      ["bold", ["ccda-bold"]],
      ["underline", ["ccda-underline"]],
      ["italics", ["ccda-italics"]],
      ["emphasis", ["ccda-emphasis"]],
      ["lrule", ["ccda-lrule"]],
      ["rrule", ["ccda-rrule"]],
      ["toprule", ["ccda-toprule"]],
      ["botrule", ["ccda-botrule"]],
      ["disc", ["ccda-list-disc"]],
      ["circle", ["ccda-list-circle"]],
      ["square", ["ccda-list-square"]],
      ["arabic", ["ccda-list-decimal"]],
      ["littleroman", ["ccda-list-lower-roman"]],
      ["bigroman", ["ccda-list-upper-roman"]],
      ["littlealpha", ["ccda-list-lower-alpha"]],
      ["bigalpha", ["ccda-list-upper-alpha"]],
      // Common non-standard tokens (NIST, NextGen, Kareo, OpenVista, Epic MyChart).
      ["bolditalics", ["ccda-bold", "ccda-italics"]],
      ["monospace", ["ccda-mono"]],
      ["pre", ["ccda-pre"]],
      ["cellheader", ["ccda-x-cell-header"]],
      ["allindent", ["ccda-x-indent"]],
      // IHE PCC "MCV" x-styles and the vendor tokens seen in the corpus (Allscripts, Epic).
      ["xrowgroup", ["ccda-x-row-group"]],
      ["xlabel", ["ccda-x-label"]],
      ["xalert", ["ccda-x-alert"]],
      ["xhighlight", ["ccda-x-highlight"]],
      ["xmono", ["ccda-mono"]],
      ["xcellheader", ["ccda-x-cell-header"]],
      ["xfirstcol", ["ccda-x-first-col"]],
      ["xrowalt", ["ccda-x-row-alt"]],
      ["xrownormal", ["ccda-x-row-normal"]],
      ["xsecondary", ["ccda-x-secondary"]],
      ["xsectionsubtitle", ["ccda-x-section-subtitle"]],
      ["xborderbottom", ["ccda-botrule"]],
      ["xindent", ["ccda-x-indent"]],
      ["xindention", ["ccda-x-indent"]],
      ["xflagdata", ["ccda-x-alert"]],
      ["xcommentlabel", ["ccda-x-label"]],
      ["xcontentwrapping", ["ccda-x-wrap"]],
    ] as const
  ).map(([k, v]) => [k, v]),
);

/** Tokens that mean nothing visual and are ignored without a warning. */
const IGNORED = new Set(["none", "toc", "noindent"]);

/** CDA reserves styleCodes starting with "x" for local extensions: unknown ones are legal, so no warning. */
const isLocalExtension = (key: string): boolean => key.startsWith("x");

export interface StyleCodeResult {
  classes: string[];
  /** Tokens we did not recognise and that are not local "x" extensions (for a warning). */
  unknown: string[];
}

/** Maps a styleCode attribute value (whitespace-separated tokens) to our classes. */
export function mapStyleCode(value: string | null | undefined): StyleCodeResult {
  const classes: string[] = [];
  const unknown: string[] = [];
  for (const token of (value ?? "").split(/\s+/)) {
    if (token === "") continue;
    const key = token.toLowerCase();
    const mapped = MAP.get(key);
    if (mapped) {
      for (const c of mapped) if (!classes.includes(c)) classes.push(c);
    } else if (!IGNORED.has(key) && !isLocalExtension(key)) {
      unknown.push(token);
    }
  }
  return { classes, unknown };
}
