/**
 * The start of a large document as a small document of its own: the header and the first whole top-level
 * sections of the structuredBody, with the open elements closed again. Parsed and rendered at once, it shows
 * the reader the start of the document while the whole text is parsed in slices. Sections are never cut: a
 * section shown is the whole section.
 */
import { TagScanner, TOKEN_EMPTY, TOKEN_END, TOKEN_OTHER, TOKEN_START } from "./tag-scanner";

export interface PreviewLimits {
  /** Stop adding sections once the body holds this many characters (about a screenful). */
  minBodyChars: number;
  /** Never scan, nor parse, more than this many characters of the text. */
  maxChars: number;
}

export const PREVIEW_LIMITS: PreviewLimits = Object.freeze({ minBodyChars: 32 * 1024, maxChars: 512 * 1024 });

const localName = (qName: string): string => qName.slice(qName.indexOf(":") + 1);

/** Skips to the end of the element whose start tag was just scanned; false on anything odd or too far. */
function skipElement(sc: TagScanner, maxChars: number): boolean {
  let depth = 1;
  while (depth > 0) {
    const kind = sc.next();
    if (kind === TOKEN_START) depth += 1;
    else if (kind === TOKEN_END) depth -= 1;
    else if (kind !== TOKEN_EMPTY && kind !== TOKEN_OTHER) return false;
    if (sc.pos > maxChars) return false;
  }
  return true;
}

/** Moves past children until one named `name` starts (its start tag just scanned); its qualified name. */
function findChild(sc: TagScanner, name: string, maxChars: number): string | undefined {
  for (;;) {
    const kind = sc.next();
    if (sc.pos > maxChars) return undefined;
    if (kind === TOKEN_EMPTY || kind === TOKEN_OTHER) continue;
    if (kind !== TOKEN_START) return undefined;
    const qName = sc.tagName();
    if (localName(qName) === name) return qName;
    if (!skipElement(sc, maxChars)) return undefined;
  }
}

/** Up to where whole top-level components fit the limits (the scanner is just inside structuredBody). */
function bodyCut(sc: TagScanner, limits: PreviewLimits): number {
  const bodyStart = sc.pos;
  let cut = bodyStart;
  while (cut - bodyStart < limits.minBodyChars) {
    const kind = sc.next();
    if (kind === TOKEN_START) {
      if (!skipElement(sc, limits.maxChars)) break;
    } else if (kind !== TOKEN_EMPTY && kind !== TOKEN_OTHER) break;
    if (sc.pos > limits.maxChars) break;
    cut = sc.pos;
  }
  return cut;
}

/**
 * The preview text, or undefined when the document does not have the expected shape (a prolog, the root, its
 * header, then component/structuredBody): then there is no preview, only the full parse.
 */
export function previewText(text: string, limits: PreviewLimits = PREVIEW_LIMITS): string | undefined {
  const sc = new TagScanner(text);
  let kind = sc.next();
  while (kind === TOKEN_OTHER) kind = sc.next();
  if (kind !== TOKEN_START) return undefined;
  const root = sc.tagName();
  if (localName(root) !== "ClinicalDocument") return undefined;
  const component = findChild(sc, "component", limits.maxChars);
  const body = component === undefined ? undefined : findChild(sc, "structuredBody", limits.maxChars);
  if (component === undefined || body === undefined) return undefined;
  const cut = bodyCut(sc, limits);
  return `${text.slice(0, cut)}</${body}></${component}></${root}>`;
}
