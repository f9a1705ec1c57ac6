/**
 * The C-CDA pipeline entry point: text → parse → header + body → HTML string (unsanitized; the app runs
 * sanitizeDocumentHtml on it as the last step). Never throws: unparseable input is an error outcome, every
 * other oddity a warning.
 */
import type { RenderOptions, RenderOutcome } from "./types";
import { Warnings } from "./warnings";
import { parseCdaText } from "./parse/document";
import { attr, child, indexIds, textOf } from "./parse/xml";
import type { RenderContext } from "./render/context";
import { DocumentState } from "./render/document-state";
import { h, toHtml, type HNode } from "./render/html";
import { renderHeader } from "./render/header";
import { renderBody } from "./render/body";

/** The prefix as given if it is a safe id start, else a cleaned-up version ([a-z0-9-], starting with a letter). */
export function normalizeIdPrefix(prefix: string): string {
  const cleaned = prefix.toLowerCase().replace(/[^a-z0-9-]/g, "");
  return /^[a-z]/.test(cleaned) ? cleaned : `d${cleaned}`;
}

interface HeaderParts {
  summary: HNode | undefined;
  details: HNode | undefined;
  title: string;
}

function safeHeader(root: Element, ctx: RenderContext): HeaderParts {
  try {
    return renderHeader(root, ctx);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    ctx.warnings.add("invalid-value", `The document header could not be displayed (${reason})`, "header");
    const note = h("p", { class: "ccda-section-error" }, ["The document header could not be displayed."]);
    return { summary: note, details: undefined, title: textOf(child(root, "title")) || "Clinical document" };
  }
}

function render(root: Element, idPrefix: string, warnings: Warnings): RenderOutcome {
  const ctx: RenderContext = {
    idPrefix: normalizeIdPrefix(idPrefix),
    warnings,
    ids: indexIds(root),
    documentTime: attr(child(root, "effectiveTime"), "value"),
  };
  const doc = new DocumentState(ctx);
  const docId = doc.ids.claim("doc");
  const header = safeHeader(root, ctx);
  const body = renderBody(root, doc, header.title);
  const tree = h("div", { class: "ccda-document", id: docId }, [
    header.summary,
    h("div", { class: "ccda-body" }, body.nodes),
    header.details && h("div", { class: "ccda-footer" }, [header.details]),
  ]);
  return {
    ok: true,
    html: toHtml([tree]),
    title: header.title,
    toc: body.toc,
    warnings: warnings.toArray(),
    attachments: doc.attachments,
  };
}

export function renderDocument(text: string, options: RenderOptions): RenderOutcome {
  const parsed = parseCdaText(text, new Warnings());
  if (!parsed.ok) return parsed;
  return renderParsedDocument(parsed.root, parsed.warnings, options);
}

/** Renders an already parsed ClinicalDocument (lets callers that also inspect the XML parse it only once). */
export function renderParsedDocument(
  root: Element,
  warnings: Warnings,
  options: RenderOptions,
): RenderOutcome {
  try {
    return render(root, options.idPrefix, warnings);
  } catch (error) {
    // Sections and the header are isolated; this is the last line of defence (e.g. output of absurd size).
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: { kind: "not-cda", message: `The document could not be displayed: ${reason}` },
    };
  }
}
