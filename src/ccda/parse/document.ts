/**
 * Text → XML DOM for a CDA document. Never throws: unparseable input becomes a typed CcdaParseError.
 * DOCTYPEs are rejected before parsing (C-CDA never needs one; entity expansion and external entities are
 * attacks), xml-stylesheet PIs are noted and ignored, and a document without the v3 namespace still renders.
 */
import type { CcdaParseError } from "../types";
import { Warnings } from "../warnings";
import { V3_NS, XSI_NS, SDTC_NS } from "./xml";
import { compactScannable, scannableTags } from "./compact-whitespace";
import { deferEntries, type DeferredEntries } from "./defer-entries";
import { parserErrorOf } from "./parser-error";

export type ParseResult =
  | {
      ok: true;
      doc: Document;
      root: Element;
      warnings: Warnings;
      /** Set when entries were left out of this parse (ParseOptions.deferEntries): what and how to check them. */
      deferred?: DeferredEntries | undefined;
    }
  | { ok: false; error: CcdaParseError };

/** Prefixes real senders use without declaring them; we declare them so the document can still be shown. */
const KNOWN_PREFIXES: Readonly<Record<string, string>> = Object.freeze({ xsi: XSI_NS, sdtc: SDTC_NS });

/**
 * Everything before the root element's start tag (XML declaration, comments, PIs, a DOCTYPE), scanned token by
 * token so a "<x" inside a comment cannot end it early and hide a DOCTYPE behind it.
 */
function prolog(text: string): string {
  let i = 0;
  for (;;) {
    while (i < text.length && /\s/.test(text.charAt(i))) i += 1;
    const rest = text.slice(i, i + 9);
    if (/^<!doctype/i.test(rest)) return text;
    const close = rest.startsWith("<?") ? "?>" : rest.startsWith("<!--") ? "-->" : undefined;
    const at = close === undefined ? -1 : text.indexOf(close, i + 2);
    if (close === undefined || at < 0) return text.slice(0, i);
    i = at + close.length;
  }
}

export function hasDoctype(text: string): boolean {
  return /<!DOCTYPE/i.test(prolog(text));
}

function stylesheetHrefs(text: string): string[] {
  const out: string[] = [];
  for (const m of prolog(text).matchAll(/<\?xml-stylesheet\b([^?]*)\?>/gi)) {
    const href = /href\s*=\s*["']([^"']*)["']/i.exec(m[1] ?? "");
    out.push(href?.[1] ?? "");
  }
  return out;
}

function parse(text: string): Document {
  return new DOMParser().parseFromString(text, "application/xml");
}

/** Known prefixes the text uses without declaring them anywhere. */
function undeclaredPrefixes(text: string): string[] {
  return Object.keys(KNOWN_PREFIXES).filter(
    (p) => new RegExp(`[\\s<]${p}:[A-Za-z_]`).test(text) && !text.includes(`xmlns:${p}=`),
  );
}

/** Declares prefixes on the root start tag, so "unbound prefix" documents still render. */
function declarePrefixes(text: string, prefixes: readonly string[]): string | undefined {
  const m = /<([A-Za-z_][\w.-]*:)?ClinicalDocument\b/.exec(text);
  if (!m) return undefined;
  const at = m.index + m[0].length;
  const decls = prefixes.map((p) => ` xmlns:${p}="${KNOWN_PREFIXES[p] ?? ""}"`).join("");
  return `${text.slice(0, at)}${decls}${text.slice(at)}`;
}

interface Parsed {
  doc: Document;
  deferred?: DeferredEntries | undefined;
}

/**
 * The text without its indentation (compactWhitespace) and, when asked and possible, without the entries
 * deferEntries takes out; undefined when it does not parse that way.
 */
function parseCompacted(text: string, defer: boolean): Parsed | undefined {
  if (!scannableTags(text)) return undefined;
  const compacted = compactScannable(text);
  // Undeclared xsi:/sdtc: (recovered below, with a warning) are often in entries: then the whole text is parsed.
  const lighter = defer && undeclaredPrefixes(text).length === 0 ? deferEntries(compacted) : undefined;
  if (lighter !== undefined) {
    const doc = parse(lighter.text);
    // What failed is outside the entries, so the whole compacted text would fail too.
    return parserErrorOf(doc) ? undefined : { doc, deferred: lighter.deferred };
  }
  if (compacted === text) return undefined;
  const doc = parse(compacted);
  return parserErrorOf(doc) ? undefined : { doc };
}

/**
 * Parses the text without its indentation and, when `defer`, without deferred entries (parseCompacted). Should
 * that fail, the text is parsed again as it came, so an error names the line the reader sees; when that fails on
 * a namespace error (engines word it differently: "unbound namespace prefix", "prefix is unbound", "not defined",
 * "not bound") and the text uses xsi:/sdtc: without declaring them, declares them and retries once, with a
 * warning.
 */
function parseWithRecovery(
  text: string,
  warnings: Warnings,
  compact: boolean,
  defer: boolean,
): Parsed | CcdaParseError {
  const compacted = compact ? parseCompacted(text, defer) : undefined;
  if (compacted !== undefined) return compacted;
  const doc = parse(text);
  const error = parserErrorOf(doc);
  if (!error) return { doc };
  if (!/prefix|namespace/i.test(error.message)) return error;
  const prefixes = undeclaredPrefixes(text);
  const retryText = prefixes.length > 0 ? declarePrefixes(text, prefixes) : undefined;
  if (retryText === undefined) return error;
  const retry = parse(retryText);
  if (parserErrorOf(retry)) return error;
  for (const p of prefixes) {
    warnings.add(
      "no-namespace",
      `The document uses the prefix "${p}:" without declaring it; it was read as ${KNOWN_PREFIXES[p] ?? ""}`,
    );
  }
  return { doc: retry };
}

/**
 * One parse kept for the next reader of the same text: the local-file list parses a file to list it, then the
 * viewer opens it. Taken once (the viewer gets it, the next parse is fresh; a reader asking to keep it again, as
 * the list listing the same file twice, leaves it kept), and only one is ever held.
 */
let kept:
  | {
      text: string;
      compact: boolean;
      deferEntries: boolean;
      parsed: Extract<ParseResult, { ok: true }>;
    }
  | undefined;

export interface ParseOptions {
  /**
   * Parse without the indentation nobody reads (compactWhitespace; the default). The chunked parser's DOM is
   * the text's as it came, and its fallback asks for the same.
   */
  compact?: boolean;
  /** Keep this parse for the next parseCdaText of the same text (see `kept`). */
  keep?: boolean;
  /**
   * Leave out the entries of sections whose narrative has content (deferEntries), for the viewer: the result's
   * `deferred` then says what was left out, to be checked later (entriesWellFormed). Only with `compact`.
   */
  deferEntries?: boolean;
}

/** Parses document text. Oddities go to `warnings` (a fresh collector unless one is passed). */
export function parseCdaText(
  input: string,
  warnings: Warnings = new Warnings(),
  options: ParseOptions = {},
): ParseResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const compact = options.compact ?? true;
  const deferEntries = compact && options.deferEntries === true;
  const reuse = kept;
  if (
    reuse !== undefined &&
    reuse.compact === compact &&
    reuse.deferEntries === deferEntries &&
    reuse.text === text
  ) {
    if (options.keep !== true) kept = undefined;
    for (const note of reuse.parsed.warnings.toArray()) warnings.add(note.kind, note.message, note.where);
    return { ...reuse.parsed, warnings };
  }
  const own = new Warnings();
  const result = parseFresh(text, own, compact, deferEntries);
  for (const note of own.toArray()) warnings.add(note.kind, note.message, note.where);
  if (!result.ok) return result;
  if (options.keep === true) kept = { text, compact, deferEntries, parsed: result };
  return { ...result, warnings };
}

function parseFresh(text: string, warnings: Warnings, compact: boolean, defer: boolean): ParseResult {
  // A test, not trim(): trim() copies the whole text (megabytes for a large document) to compare it with "".
  if (!/\S/.test(text)) return { ok: false, error: { kind: "empty", message: "The document is empty." } };
  if (hasDoctype(text)) {
    return {
      ok: false,
      error: {
        kind: "doctype",
        message:
          "The document declares a DOCTYPE. C-CDA documents never need one, and DOCTYPEs can expand entities or load outside files, so it was not read.",
      },
    };
  }
  for (const href of stylesheetHrefs(text)) {
    warnings.add("stylesheet-ignored", `Stylesheet instruction ignored (not loaded): ${href || "(no href)"}`);
  }
  const result = parseWithRecovery(text, warnings, compact, defer);
  if (!("doc" in result)) return { ok: false, error: result };
  const { doc, deferred } = result;
  if (doc.doctype) {
    return {
      ok: false,
      error: { kind: "doctype", message: "The document declares a DOCTYPE; it was not read." },
    };
  }
  const root = doc.documentElement;
  if (root.localName !== "ClinicalDocument" || (root.namespaceURI !== V3_NS && root.namespaceURI !== null)) {
    const found = root.namespaceURI ? `{${root.namespaceURI}}${root.localName}` : root.localName;
    return {
      ok: false,
      error: { kind: "not-cda", message: `This is XML, but not a CDA document (root element ${found}).` },
    };
  }
  if (root.namespaceURI === null) {
    warnings.add("no-namespace", "The document has no urn:hl7-org:v3 namespace; read as CDA anyway.");
  }
  return { ok: true, doc, root, warnings, deferred };
}
