/**
 * Text → XML DOM for a CDA document. Never throws: unparseable input becomes a typed CcdaParseError.
 * DOCTYPEs are rejected before parsing (C-CDA never needs one; entity expansion and external entities are
 * attacks), xml-stylesheet PIs are noted and ignored, and a document without the v3 namespace still renders.
 */
import type { CcdaParseError } from "../types";
import { Warnings } from "../warnings";
import { V3_NS, XSI_NS, SDTC_NS } from "./xml";
import { parserErrorOf } from "./parser-error";

export type ParseResult =
  { ok: true; doc: Document; root: Element; warnings: Warnings } | { ok: false; error: CcdaParseError };

/** Prefixes real senders use without declaring them; we declare them so the document can still be shown. */
const KNOWN_PREFIXES: Readonly<Record<string, string>> = Object.freeze({ xsi: XSI_NS, sdtc: SDTC_NS });

/** Everything before the root element's start tag: XML declaration, comments, PIs, a DOCTYPE. */
function prolog(text: string): string {
  const m = /<[A-Za-z_]/.exec(text);
  return m ? text.slice(0, m.index) : text;
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

/** Declares a known-but-undeclared prefix on the root start tag, so "unbound prefix" documents still render. */
function declarePrefix(text: string, prefix: string): string | undefined {
  const ns = KNOWN_PREFIXES[prefix];
  const m = /<([A-Za-z_][\w.-]*:)?ClinicalDocument\b/.exec(text);
  if (!ns || !m) return undefined;
  const at = m.index + m[0].length;
  return `${text.slice(0, at)} xmlns:${prefix}="${ns}"${text.slice(at)}`;
}

/** Parses, retrying once per undeclared well-known prefix (xsi, sdtc). */
function parseWithRecovery(text: string, warnings: Warnings): Document | CcdaParseError {
  let current = text;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const doc = parse(current);
    const error = parserErrorOf(doc);
    if (!error) return doc;
    const prefix = /unbound\s+(?:namespace\s+)?prefix[^A-Za-z]*([A-Za-z_][\w.-]*)/i.exec(error.message)?.[1];
    const retry = prefix ? declarePrefix(current, prefix) : undefined;
    if (!prefix || !retry || attempt === 2) return error;
    warnings.add(
      "no-namespace",
      `The document uses the prefix "${prefix}:" without declaring it; it was read as ${KNOWN_PREFIXES[prefix] ?? ""}`,
    );
    current = retry;
  }
  return { kind: "not-xml", message: "The document is not well-formed XML." };
}

/** Parses document text. Oddities go to `warnings` (a fresh collector unless one is passed). */
export function parseCdaText(input: string, warnings: Warnings = new Warnings()): ParseResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === "") return { ok: false, error: { kind: "empty", message: "The document is empty." } };
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
  const result = parseWithRecovery(text, warnings);
  if (!("documentElement" in result)) return { ok: false, error: result };
  const root = result.documentElement;
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
  return { ok: true, doc: result, root, warnings };
}
