/**
 * Parses a large document in bounded slices, so the main thread is never blocked for the seconds one
 * DOMParser call on 20 MB takes (workers have no DOMParser). The text is scanned for element boundaries;
 * small subtrees stay whole, big elements are cut at child boundaries into pieces of about `pieceChars`.
 * Each piece is parsed by DOMParser inside a wrapper that redeclares the namespaces in scope, and its nodes are
 * moved into one growing Document: the same DOM one parse of the text as it came gives (indentation included:
 * compactWhitespace needs the whole text, so neither this nor its fallback compacts). The `ID` index is built
 * piece by piece, so the renderer need not walk 20 MB of elements in one go. Anything unexpected (a piece that
 * does not parse, mismatched tags, a DOCTYPE, an undeclared prefix) falls back to the one-shot parseCdaText, so
 * errors and recovery read exactly as they always did.
 */
import { Warnings } from "../warnings";
import { parseCdaText, type ParseResult } from "./document";
import { parseInScope, parseXml, scopeOf, type NamespaceScope } from "./namespace-scope";
import { parserErrorOf } from "./parser-error";
import { nextInDocumentOrder } from "./xml";
import {
  TagScanner,
  tagNameAt,
  TOKEN_EMPTY,
  TOKEN_END,
  TOKEN_OTHER,
  TOKEN_START,
  type TokenKind,
} from "./tag-scanner";

const DEFAULT_PIECE_CHARS = 128 * 1024;

/**
 * Above this many characters a document is previewed and parsed in slices (a 1 MB parse is ~150 ms), and the
 * local-file list parses only its header (a whole parse there would be neither short nor taken over).
 */
export const LARGE_TEXT_CHARS = 1_000_000;

export type ChunkedParseResult =
  | (Extract<ParseResult, { ok: true }> & {
      /** Elements by `ID` (first in document order wins); undefined after a fallback (index it yourself). */
      ids: ReadonlyMap<string, Element> | undefined;
    })
  | Extract<ParseResult, { ok: false }>;

export interface ChunkedParseOptions {
  /** Pieces are cut at child boundaries once they hold this many characters (tests use tiny ones). */
  pieceChars?: number;
}

/** Something this parser does not handle; the one-shot parse takes over. */
class Unexpected extends Error {}

interface OpenElement extends NamespaceScope {
  el: Element;
  qName: string;
}

export class ChunkedParser {
  private readonly text: string;
  private readonly scanner: TagScanner;
  private readonly pieceChars: number;
  private state: "start" | "build" | "fallback" | "done" = "start";
  private result: ChunkedParseResult | undefined;
  private doc: Document | undefined;
  private readonly stack: OpenElement[] = [];
  private readonly ids = new Map<string, Element>();
  private readonly warnings = new Warnings();
  private usedOneShot = false;
  /** Start of the content not yet parsed, inside the innermost open (split) element. */
  private pieceStart = 0;
  /** Depth of the scanner below the innermost open element. */
  private depth = 0;
  private childStart = 0;
  private childTagEnd = 0;

  constructor(
    private readonly input: string,
    options: ChunkedParseOptions = {},
  ) {
    this.text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    this.scanner = new TagScanner(this.text);
    this.pieceChars = Math.max(1, options.pieceChars ?? DEFAULT_PIECE_CHARS);
  }

  /** Share of the text handled so far, 0…1. */
  get progress(): number {
    if (this.state === "done") return 1;
    return this.text.length === 0 ? 0 : this.scanner.pos / this.text.length;
  }

  /** The parse outcome once step() has returned true. */
  get outcome(): ChunkedParseResult | undefined {
    return this.result;
  }

  /** Whether the one-shot parse took over (for tests and the performance panel). */
  get fellBack(): boolean {
    return this.usedOneShot;
  }

  /**
   * Does about `budgetMs` of work (at least one piece) and returns whether the parse is finished. A fallback
   * is one step of its own: the one-shot parse of the whole text.
   */
  step(budgetMs: number): boolean {
    const start = performance.now();
    try {
      do {
        if (this.state === "done") return true;
        if (this.state === "fallback") return this.fallBack();
        if (this.state === "start") this.begin();
        else this.advance();
      } while (performance.now() - start < budgetMs);
    } catch {
      // Unexpected markup, or a DOM operation a strange piece made fail: the one-shot parse decides.
      this.state = "fallback";
    }
    return this.result !== undefined;
  }

  private fallBack(): boolean {
    this.usedOneShot = true;
    const parsed = parseCdaText(this.input, new Warnings(), { compact: false });
    this.result = parsed.ok ? { ...parsed, ids: undefined } : parsed;
    this.state = "done";
    return true;
  }

  private get top(): OpenElement {
    const top = this.stack.at(-1);
    if (top === undefined) throw new Unexpected("no open element");
    return top;
  }

  /** The prolog and the root's start tag, parsed as a document of their own (closed at once). */
  private begin(): void {
    const sc = this.scanner;
    let kind: TokenKind;
    do kind = sc.next();
    while (kind === TOKEN_OTHER);
    if (kind !== TOKEN_START) throw new Unexpected("no root start tag");
    const qName = sc.tagName();
    const skeleton = `${this.text.slice(0, sc.pos)}</${qName}>`;
    if (parserErrorOf(parseXml(skeleton))) throw new Unexpected("root start tag");
    const checked = parseCdaText(skeleton, this.warnings, { compact: false });
    if (!checked.ok) throw new Unexpected(checked.error.message);
    this.doc = checked.doc;
    this.open(checked.root, qName);
    this.state = "build";
  }

  private open(el: Element, qName: string): void {
    this.stack.push({ el, qName, ...scopeOf(el, this.stack.at(-1)) });
    this.index(el, false);
    this.pieceStart = this.scanner.pos;
    this.depth = 0;
  }

  /** Scans until a piece is parsed, a big child is opened or the innermost open element is closed. */
  private advance(): void {
    const sc = this.scanner;
    for (;;) {
      const kind = sc.next();
      if (kind === TOKEN_START) {
        if (this.depth === 0) {
          this.childStart = sc.tokenStart;
          this.childTagEnd = sc.pos;
        }
        this.depth += 1;
      } else if (kind === TOKEN_END) {
        if (this.depth === 0) {
          this.close();
          return;
        }
        this.depth -= 1;
      } else if (kind !== TOKEN_EMPTY && kind !== TOKEN_OTHER) {
        throw new Unexpected("markup not accepted, or the root is never closed");
      }
      if (this.depth > 0 && sc.pos - this.childStart > this.pieceChars) {
        this.openBigChild();
        return;
      }
      if (this.depth === 0 && sc.pos - this.pieceStart >= this.pieceChars) {
        this.flush(sc.pos);
        return;
      }
    }
  }

  /** Parses the content from pieceStart to `end` (whole children only) into the innermost open element. */
  private flush(end: number): void {
    const slice = this.text.slice(this.pieceStart, end);
    this.pieceStart = end;
    if (slice === "") return;
    const target = this.top.el;
    const doc = this.doc;
    if (doc === undefined) throw new Unexpected("no document");
    if (!/[<&\r]/.test(slice)) {
      // Plain text (usually the indentation between big children) needs no parser.
      target.appendChild(doc.createTextNode(slice));
      return;
    }
    const wrapper = doc.adoptNode(this.parsePiece(slice));
    for (let n = wrapper.firstChild; n; n = wrapper.firstChild) {
      target.appendChild(n);
      if (n.nodeType === 1) this.index(n as Element, true);
    }
  }

  private parsePiece(inner: string): Element {
    const wrapper = parseInScope(this.top, inner);
    if (wrapper === undefined) throw new Unexpected("a piece did not parse");
    return wrapper;
  }

  /** A child too big for one piece: its start tag becomes an open element and its content is cut in turn. */
  private openBigChild(): void {
    const { childStart, childTagEnd } = this;
    this.flush(childStart);
    const qName = tagNameAt(this.text, childStart);
    const wrapper = this.parsePiece(`${this.text.slice(childStart, childTagEnd)}</${qName}>`);
    const el = wrapper.firstElementChild;
    if (el === null) throw new Unexpected("big child did not parse");
    this.top.el.appendChild(el);
    this.scanner.pos = childTagEnd;
    this.open(el, qName);
  }

  /** The end tag of the innermost open element. */
  private close(): void {
    const sc = this.scanner;
    const name = tagNameAt(this.text, sc.tokenStart);
    const tail = this.text.slice(sc.tokenStart + 2 + name.length, sc.pos - 1);
    if (name !== this.top.qName || tail.trim() !== "") throw new Unexpected("mismatched end tag");
    this.flush(sc.tokenStart);
    this.stack.pop();
    this.pieceStart = sc.pos;
    this.depth = 0;
    if (this.stack.length === 0) this.finish();
  }

  /** After the root: comments and PIs join the document; anything else is for the one-shot parse to report. */
  private finish(): void {
    const doc = this.doc;
    if (doc === undefined) throw new Unexpected("no document");
    const rest = this.text.slice(this.scanner.pos);
    if (/\S/.test(rest)) {
      const tail = parseXml(`<_w/>${rest}`);
      if (parserErrorOf(tail)) throw new Unexpected("content after the root");
      for (let n = tail.documentElement.nextSibling; n; n = tail.documentElement.nextSibling) {
        doc.appendChild(doc.adoptNode(n));
      }
    }
    this.scanner.pos = this.text.length;
    this.result = { ok: true, doc, root: doc.documentElement, warnings: this.warnings, ids: this.ids };
    this.state = "done";
  }

  /** Adds `ID`s of an element (and, when `deep`, its descendants) in document order, first one winning. */
  private index(el: Element, deep: boolean): void {
    for (let cur: Element | null = el; cur; cur = deep ? nextInDocumentOrder(cur, el) : null) {
      const id = cur.getAttribute("ID");
      if (id && !this.ids.has(id)) this.ids.set(id, cur);
    }
  }
}
