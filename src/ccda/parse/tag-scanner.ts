/**
 * A minimal XML markup scanner: it finds where each tag, comment, CDATA section and processing instruction
 * starts and ends, nothing more (no attribute values, no entities). The chunked parser uses it to cut a large
 * document between elements; DOMParser still does the real parsing of every piece, so whatever this scanner
 * does not check is checked there. Quoted attribute values may hold `>` (legal) or `<` (not legal: reported
 * as BAD so the caller falls back to a one-shot parse that words the error).
 */

export const TOKEN_START = 1;
export const TOKEN_EMPTY = 2;
export const TOKEN_END = 3;
/** A comment, CDATA section or processing instruction. */
export const TOKEN_OTHER = 4;
/** Markup this scanner does not accept (DOCTYPE and other declarations, an unterminated token). */
export const TOKEN_BAD = 5;
export const TOKEN_EOF = 6;

export type TokenKind =
  | typeof TOKEN_START
  | typeof TOKEN_EMPTY
  | typeof TOKEN_END
  | typeof TOKEN_OTHER
  | typeof TOKEN_BAD
  | typeof TOKEN_EOF;

const LT = 60;
const GT = 62;
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const DQUOTE = 34;
const SQUOTE = 39;

/** Scans `text` from `pos`; after next(), `tokenStart` is the token's `<` and `pos` is just past its end. */
export class TagScanner {
  tokenStart = 0;

  constructor(
    readonly text: string,
    public pos = 0,
  ) {}

  next(): TokenKind {
    const t = this.text;
    const lt = t.indexOf("<", this.pos);
    if (lt < 0) {
      this.pos = t.length;
      return TOKEN_EOF;
    }
    this.tokenStart = lt;
    const c = t.charCodeAt(lt + 1);
    if (c === SLASH) return this.until(">", lt + 2, TOKEN_END);
    if (c === QUESTION) return this.until("?>", lt + 2, TOKEN_OTHER);
    if (c === BANG) {
      if (t.startsWith("!--", lt + 1)) return this.until("-->", lt + 4, TOKEN_OTHER);
      if (t.startsWith("![CDATA[", lt + 1)) return this.until("]]>", lt + 9, TOKEN_OTHER);
      return TOKEN_BAD;
    }
    return this.startTag(lt + 1);
  }

  /** The name of the start or end tag just scanned. */
  tagName(): string {
    return tagNameAt(this.text, this.tokenStart);
  }

  private until(close: string, from: number, kind: TokenKind): TokenKind {
    const at = this.text.indexOf(close, from);
    if (at < 0) return TOKEN_BAD;
    this.pos = at + close.length;
    return kind;
  }

  /** A start or empty-element tag: up to the first `>` outside quotes. */
  private startTag(from: number): TokenKind {
    const t = this.text;
    let i = from;
    for (;;) {
      const c = t.charCodeAt(i);
      if (c === GT) break;
      if (c === DQUOTE || c === SQUOTE) {
        const q = t.indexOf(c === DQUOTE ? '"' : "'", i + 1);
        if (q < 0) return TOKEN_BAD;
        i = q + 1;
        continue;
      }
      // NaN (past the end) or a `<` inside a tag: not well-formed.
      if (Number.isNaN(c) || c === LT) return TOKEN_BAD;
      i += 1;
    }
    this.pos = i + 1;
    return t.charCodeAt(i - 1) === SLASH ? TOKEN_EMPTY : TOKEN_START;
  }
}

/** The name of the start or end tag whose `<` is at `lt`. */
export function tagNameAt(text: string, lt: number): string {
  let i = text.charCodeAt(lt + 1) === SLASH ? lt + 2 : lt + 1;
  const from = i;
  for (; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c <= 32 || c === GT || c === SLASH) break;
  }
  return text.slice(from, i);
}
