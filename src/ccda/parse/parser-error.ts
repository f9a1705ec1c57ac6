/**
 * DOMParser reports XML errors differently per engine: Chromium inserts a <parsererror> element (XHTML
 * namespace) somewhere in the result, Firefox and jsdom return a <parsererror> root (Mozilla namespace).
 * We look for one anywhere and pull a line/column out of its text.
 */
import type { CcdaParseError } from "../types";

const ERROR_NS = new Set([
  "http://www.mozilla.org/newlayout/xml/parsererror.xml",
  "http://www.w3.org/1999/xhtml",
]);

const isParserError = (el: Element | null): boolean =>
  el?.localName === "parsererror" && ERROR_NS.has(el.namespaceURI ?? "");

/**
 * A parsererror element in an engine's namespace (a document's own element of that name does not count). Engines
 * put it at the top, never deep: Firefox and jsdom make it the root; Chromium makes it the root's first child, or
 * the first child of a <body> it adds when there is no usable root. So only the root, its children and their
 * first children are looked at: searching the whole tree cost a walk over every element of every document.
 */
function findParserError(doc: Document): Element | undefined {
  const root = doc.documentElement as Element | null;
  if (root === null) return undefined;
  if (isParserError(root)) return root;
  for (let child = root.firstElementChild; child; child = child.nextElementSibling) {
    if (isParserError(child)) return child;
    const first = child.firstElementChild;
    if (first !== null && isParserError(first)) return first;
  }
  return undefined;
}

/** Line/column from "error on line 12 at column 5" (Chromium), "Line Number 12, Column 5" (Firefox), "12:5:" (jsdom). */
export function lineAndColumn(message: string): { line?: number; column?: number } {
  const patterns = [
    /line\s+(\d+)\s+at\s+column\s+(\d+)/i,
    /line\s+number\s+(\d+),\s*column\s+(\d+)/i,
    /^\s*(\d+):(\d+):/,
  ];
  for (const re of patterns) {
    const m = re.exec(message);
    if (m) return { line: Number(m[1]), column: Number(m[2]) };
  }
  return {};
}

function cleanMessage(raw: string): string {
  const text = raw
    .replace(/^This page contains the following errors:/i, "")
    .replace(/Below is a rendering of the page up to the first error\.?/i, "")
    .replace(/\s+/g, " ")
    .trim();
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

/** The parse error of a DOMParser result, or undefined when the document parsed. */
export function parserErrorOf(doc: Document): CcdaParseError | undefined {
  if (!(doc.documentElement as Element | null))
    return { kind: "not-xml", message: "The document has no root element." };
  const el = findParserError(doc);
  if (!el) return undefined;
  const raw = cleanMessage(el.textContent);
  const { line, column } = lineAndColumn(raw);
  const detail = raw.replace(/^\s*\d+:\d+:\s*/, "").replace(/^error on line \d+ at column \d+:\s*/i, "");
  const where =
    line === undefined ? "" : ` (line ${line}${column === undefined ? "" : `, column ${column}`})`;
  const error: CcdaParseError = {
    kind: "not-xml",
    message: `The document is not well-formed XML${where}: ${detail || "unknown error"}`,
  };
  if (line !== undefined) error.line = line;
  if (column !== undefined) error.column = column;
  return error;
}
