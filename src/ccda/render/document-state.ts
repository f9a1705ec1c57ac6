/**
 * Per-document rendering state shared by sections and narrative handlers: the id registry, footnote numbers,
 * attachments and which unknown names were already reported.
 */
import type { BodyAttachment } from "../types";
import type { RenderContext } from "./context";
import { IdRegistry } from "./id-registry";
import { isCda, isCdaNamed } from "../parse/xml";

/** Narrative elements whose rendering carries their ID, so a `#ID` link to them can land. */
const TARGETABLE = new Set([
  "content",
  "paragraph",
  "list",
  "item",
  "table",
  "thead",
  "tbody",
  "tfoot",
  "tr",
  "th",
  "td",
  "caption",
  "footnote",
  "linkHtml",
  "renderMultiMedia",
  "section",
]);

export class DocumentState {
  readonly ids: IdRegistry;
  readonly attachments: BodyAttachment[] = [];
  private readonly footnoteNumbers = new Map<Element, number>();

  constructor(readonly ctx: RenderContext) {
    this.ids = new IdRegistry(ctx.idPrefix);
  }

  /** Footnotes are numbered in order of first mention (the footnote itself or a footnoteRef to it). */
  footnoteNumber(footnote: Element): number {
    let n = this.footnoteNumbers.get(footnote);
    if (n === undefined) {
      n = this.footnoteNumbers.size + 1;
      this.footnoteNumbers.set(footnote, n);
    }
    return n;
  }

  /** The output id of a narrative element (or section) with a CDA ID. */
  targetId(el: Element): string {
    if (isCdaNamed(el, "footnote")) return this.ids.forElement(el, `fn-${this.footnoteNumber(el)}`);
    return this.ids.forElement(el, el.getAttribute("ID") ?? "ref");
  }

  /** The element a `#ID` reference names, if it is rendered with that id (inside a section's text, or a section). */
  resolveTarget(cdaId: string): Element | undefined {
    const el = this.ctx.ids.get(cdaId);
    if (!el || !isCda(el) || !TARGETABLE.has(el.localName)) return undefined;
    if (isCdaNamed(el, "section")) return el;
    for (let p = el.parentElement; p; p = p.parentElement) {
      if (isCdaNamed(p, "text") && isCda(p.parentElement, "section")) return el;
      if (isCdaNamed(p, "section") || isCdaNamed(p, "entry")) return undefined;
    }
    return undefined;
  }

  addAttachment(attachment: Omit<BodyAttachment, "index">): number {
    const index = this.attachments.length;
    this.attachments.push({ ...attachment, index });
    return index;
  }
}
