/**
 * Drops indentation nobody reads before a document is parsed. About half the nodes of a pretty-printed C-CDA
 * are whitespace-only text nodes (HandP.sample.xml: 1,905 of 3,620), and DOMParser spends a good part of its
 * time making them. libxml2 has an option for this (NOBLANKS); browsers do not expose it, so it is done on the
 * text: two regular-expression passes, about 0.6 ms per 100 kB in Chromium, for a parse about 15% shorter.
 *
 * What goes is a run of whitespace holding a line break, and nothing else, between two tags:
 * - anywhere but inside `text` (section narrative; ED text in entries), `title`, `originalText` and `name`,
 *   which are read as text: there a run between two tags can separate words (`<given>Ann</given>
 *   <family>Lee</family>`, `<content>a</content> <content>b</content>`);
 * - and, inside them too, where it is a child of a table part or a list: between a `<tr>` and its `<td>`, a
 *   `</td>` and the next `<td>`, a `</item>` and the next `<item>` or the `</list>`. The table and list
 *   renderers skip those anyway.
 * CDATA sections and comments are never touched, nor is text with any other character in it, nor whitespace
 * before the first tag or after the last.
 *
 * Elements read as text are found by their start tag and their first end tag of the same name (none of them
 * nests in CDA), without a namespace prefix. Three things could fool that, and a text holding any of them is
 * left as it came: a comment or CDATA section with an end tag inside (`<!-- </text> -->`), a `>` inside an
 * attribute value, and a prefixed name (`<cda:text>`).
 *
 * The result parses to the same elements, attributes and text, less that indentation, and renders the same (a
 * corpus test holds it). Well-formedness does not change; line numbers do, so a text that fails to parse is
 * parsed again as it came and its error names the line the reader sees (see parseWithRecovery).
 */
const READ_AS_TEXT = "text|title|originalText|name";
/** A CDATA section and a comment, each without its final `>`. */
const CDATA = "<!\\[CDATA\\[[\\s\\S]*?\\]\\]";
const COMMENT = "<!--[\\s\\S]*?--";

/**
 * Group 1 is passed over as it is, up to (not including) its final `>`: an element read as text (not an empty
 * one), a CDATA section, a comment. Group 3 is the `>` before a dropped run. Every branch starts at a `<` or a
 * `>`, which keeps the engine's scan fast, and the replacement is a plain "$1$3", with no callback per match.
 */
const OUTSIDE_TEXT = new RegExp(
  [
    `(<(${READ_AS_TEXT})(?:\\s[^>]*)?(?<!/)>[\\s\\S]*?</\\2\\s*(?=>)`,
    `|${CDATA}(?=>)`,
    `|${COMMENT}(?=>))`,
    `|(>)\\s*[\\n\\r]\\s*(?=<)`,
  ].join(""),
  "g",
);

/** A table part or list (start tag), or one of their children (end tag, or an empty `col`): a run after it… */
const PARENT_START = "table|thead|tbody|tfoot|tr|colgroup|list";
const CHILD_END = "td|th|tr|thead|tbody|tfoot|caption|colgroup|col|item";
/** …and before a child's start tag or the parent's end tag is one of their whitespace-only children. */
const CHILD_START = "tr|td|th|thead|tbody|tfoot|col|colgroup|caption|item";
const PARENT_END = "tr|thead|tbody|tfoot|table|colgroup|list";

/** Group 1 skips CDATA sections and comments; group 2 is the tag before a dropped run. */
const TABLES_AND_LISTS = new RegExp(
  [
    `(${CDATA}(?=>)|${COMMENT}(?=>))`,
    `|(<(?:${PARENT_START})\\b[^>]*>|</(?:${CHILD_END})\\s*>|<col\\b[^>]*>)`,
    `\\s*[\\n\\r]\\s*(?=<(?:${CHILD_START})\\b|</(?:${PARENT_END})\\s*>)`,
  ].join(""),
  "g",
);

const PREFIXED = [":text", ":title", ":originalText", ":name"];
const COMMENT_OR_CDATA = new RegExp(`${COMMENT}>|${CDATA}>`, "g");
/** A `>` inside a quoted attribute value (or text that looks like one: then nothing is compacted either). */
const GT_IN_VALUE = /="[^"<]*>|='[^'<]*>/;

/**
 * Whether regular expressions can find elements by their tags in this text (see the module's comment): the
 * compaction here, and deferEntries (defer-entries.ts), which relies on the same three guards.
 */
export function scannableTags(text: string): boolean {
  // Prefixed names (`<cda:text>`) are not looked for: a document that may use them is left as it came.
  if (PREFIXED.some((name) => text.includes(name))) return false;
  if (GT_IN_VALUE.test(text)) return false;
  COMMENT_OR_CDATA.lastIndex = 0;
  for (let m = COMMENT_OR_CDATA.exec(text); m !== null; m = COMMENT_OR_CDATA.exec(text))
    if (m[0].includes("</")) return false;
  return true;
}

/** The text without its unread indentation; as it came when scannableTags(text) is false. */
export function compactWhitespace(text: string): string {
  return scannableTags(text) ? compactScannable(text) : text;
}

/** compactWhitespace for a text already known to pass scannableTags. */
export function compactScannable(text: string): string {
  return text.replace(OUTSIDE_TEXT, "$1$3").replace(TABLES_AND_LISTS, "$1$2");
}
