/**
 * Top-level sections rendered in document order, chunk by chunk, each chunk at most once: asking for a chunk
 * renders every chunk before it first, so footnote numbers and ids come out exactly as one pass gives them.
 */
import type { DocumentSection } from "./types";
import type { DocumentState } from "./render/document-state";
import { toHtml, type HNode } from "./render/html";
import { child } from "./parse/xml";
import { sectionChunks } from "./render/section-chunks";
import { tocEntry, type SectionOutline } from "./render/section";

const WHITESPACE = /\s/;

/** Length of `text` with whitespace runs counted as one and the ends trimmed (= replace(/\s+/g, " ").trim()). */
export function collapsedLength(text: string): number {
  let length = 0;
  let gap = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    // ASCII whitespace directly; anything else non-ASCII asks the same \s the regex would (rare in practice).
    const space = c === 32 || (c >= 9 && c <= 13) || (c > 127 && WHITESPACE.test(text.charAt(i)));
    if (space) gap = length > 0;
    else {
      length += gap ? 2 : 1;
      gap = false;
    }
  }
  return length;
}

/**
 * Characters of readable text (narrative and subsections, not titles); whitespace runs count as one. Counted
 * without building the collapsed string: on a 20 MB document the replace() cost about 50 ms.
 */
function textSize(outline: SectionOutline): number {
  const own = collapsedLength(child(outline.el, "text")?.textContent ?? "");
  return outline.children.reduce((sum, c) => sum + textSize(c), own);
}

export class SectionRenderer {
  /** Finished chunks (output trees) per section, for sections started so far. */
  private readonly chunks: (readonly HNode[])[][] = [];
  private readonly finished: boolean[] = [];
  private job: Iterator<HNode[]> | undefined;

  constructor(
    readonly outlines: readonly SectionOutline[],
    private readonly doc: DocumentState,
  ) {}

  /** Renders the next chunk of the first unfinished section; false when everything is rendered. */
  private step(): boolean {
    const index = this.finished.length;
    const outline = this.outlines[index];
    if (outline === undefined) return false;
    if (this.job === undefined) {
      this.job = sectionChunks(outline, this.doc);
      this.chunks[index] = [];
    }
    const next = this.job.next();
    if (next.done === true) {
      this.finished.push(true);
      this.job = undefined;
    } else this.chunks[index]?.push(next.value);
    return true;
  }

  /** Chunk `k` of section `index`, or undefined when that section has fewer chunks. */
  chunk(index: number, k: number): readonly HNode[] | undefined {
    while ((this.chunks[index]?.length ?? 0) <= k && this.finished.length <= index && this.step()) {
      // step() did the work.
    }
    return this.chunks[index]?.[k];
  }

  isFinished(index: number): boolean {
    return this.finished.length > index;
  }

  /** All of section `index` (rendering it, and all before it, to the end). */
  htmlOf(index: number): string {
    while (this.finished.length <= index && this.step()) {
      // step() did the work.
    }
    return (this.chunks[index] ?? []).map(toHtml).join("");
  }

  sections(): DocumentSection[] {
    const htmlOf = (index: number): string => this.htmlOf(index);
    const chunk = (index: number, k: number): readonly HNode[] | undefined => this.chunk(index, k);
    const isFinished = (index: number): boolean => this.isFinished(index);
    return this.outlines.map((outline, index) => ({
      id: outline.id,
      headingId: outline.headingId,
      title: outline.title,
      level: outline.level,
      code: outline.code,
      textSize: textSize(outline),
      children: outline.children.map(tocEntry),
      render: () => htmlOf(index),
      renderChunkNodes: (k: number) => chunk(index, k),
      get rendered() {
        return isFinished(index);
      },
    }));
  }
}
