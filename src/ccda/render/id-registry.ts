/**
 * Hands out output ids: every id is namespaced by the document prefix (outputId), unique within the output
 * (duplicates get "-2", "-3" …; SEC-11), and stable per source element so `#ref` links, footnoteRefs and
 * renderMultiMedia targets that are met before their target still point at the id the target will get.
 */
import { outputId } from "./context";

export class IdRegistry {
  private readonly used = new Set<string>();
  private readonly byElement = new Map<Element, string>();

  constructor(private readonly idPrefix: string) {}

  /** A fresh unique id for a key (a CDA ID or a generated name like "s1"). */
  claim(key: string): string {
    const base = outputId({ idPrefix: this.idPrefix }, key);
    let id = base;
    for (let n = 2; this.used.has(id); n += 1) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }

  /** The id of a source element, claimed on first request with this key. */
  forElement(el: Element, key: string): string {
    const known = this.byElement.get(el);
    if (known !== undefined) return known;
    const id = this.claim(key);
    this.byElement.set(el, id);
    return id;
  }

  /** The id an element already has, if any. */
  existing(el: Element): string | undefined {
    return this.byElement.get(el);
  }
}
