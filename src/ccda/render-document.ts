/**
 * The C-CDA pipeline entry point: text → parse → header + body → HTML (unsanitized; the app runs
 * sanitizeDocumentHtml on it as the last step), as one string (`html`) and in parts (header, footer and each
 * top-level section on its own, for a viewer that renders progressively). Never throws: unparseable input is
 * an error outcome, every other oddity a warning.
 */
import type { CodeRef, RenderOptions, RenderOutcome } from "./types";
import { Warnings } from "./warnings";
import { parseCdaText, type ParseResult } from "./parse/document";
import { entriesChecker } from "./parse/defer-entries";
import { entriesNeeded } from "./render/entries-deferral";
import { attr, child, indexIds, textOf } from "./parse/xml";
import type { RenderContext } from "./render/context";
import { DocumentState } from "./render/document-state";
import { h, toHtml, type HNode } from "./render/html";
import { detailsPanel, renderDetailsGroups, renderHeaderSummary } from "./render/header";
import { planBody, topSectionHtml, wrapHtml } from "./render/body";
import { SectionRenderer } from "./document-sections";

/** The prefix as given if it is a safe id start, else a cleaned-up version ([a-z0-9-], starting with a letter). */
export function normalizeIdPrefix(prefix: string): string {
  const cleaned = prefix.toLowerCase().replace(/[^a-z0-9-]/g, "");
  return /^[a-z]/.test(cleaned) ? cleaned : `d${cleaned}`;
}

interface HeaderParts {
  summary: HNode | undefined;
  /** The details panel's groups, rendered on the first call (memoized); absent when the header failed. */
  details: (() => readonly HNode[]) | undefined;
  title: string;
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The details panel's groups; a failure there costs only the panel, with a warning. */
function safeDetails(root: Element, ctx: RenderContext, title: string): readonly HNode[] {
  try {
    return renderDetailsGroups(root, ctx, title);
  } catch (error) {
    ctx.warnings.add(
      "invalid-value",
      `The document details could not be displayed (${reasonOf(error)})`,
      "header",
    );
    return [h("p", { class: "ccda-section-error" }, ["The document details could not be displayed."])];
  }
}

function safeHeader(root: Element, ctx: RenderContext): HeaderParts {
  try {
    const { summary, title } = renderHeaderSummary(root, ctx);
    let groups: readonly HNode[] | undefined;
    return { summary, title, details: () => (groups ??= safeDetails(root, ctx, title)) };
  } catch (error) {
    ctx.warnings.add(
      "invalid-value",
      `The document header could not be displayed (${reasonOf(error)})`,
      "header",
    );
    const note = h("p", { class: "ccda-section-error" }, ["The document header could not be displayed."]);
    return { summary: note, details: undefined, title: textOf(child(root, "title")) || "Clinical document" };
  }
}

function documentCode(root: Element): CodeRef | undefined {
  const code = child(root, "code");
  const value = attr(code, "code");
  if (value === undefined) return undefined;
  return { code: value, codeSystem: attr(code, "codeSystem"), displayName: attr(code, "displayName") };
}

function render(
  root: Element,
  idPrefix: string,
  warnings: Warnings,
  lazy: boolean,
  ids: ReadonlyMap<string, Element> | undefined,
): RenderOutcome {
  const ctx: RenderContext = {
    idPrefix: normalizeIdPrefix(idPrefix),
    warnings,
    ids: ids ?? indexIds(root),
    documentTime: attr(child(root, "effectiveTime"), "value"),
  };
  const doc = new DocumentState(ctx);
  const docId = doc.ids.claim("doc");
  const header = safeHeader(root, ctx);
  // Lazy (a viewer): the details panel's groups wait until the panel is opened, searched or printed.
  if (!lazy) header.details?.();
  const plan = planBody(root, doc, header.title);
  const outlines = plan.kind === "sections" ? plan.outlines : [];
  const sections = new SectionRenderer(outlines, doc);
  if (!lazy) sections.htmlOf(outlines.length - 1);
  const details = header.details;
  const footer = () => details && h("div", { class: "ccda-footer" }, [detailsPanel(details())]);
  const wholeHtml = (): string => {
    const body =
      plan.kind === "other"
        ? toHtml(plan.nodes)
        : outlines.map((o, i) => topSectionHtml(o, sections.htmlOf(i))).join("");
    const summary = header.summary ? toHtml([header.summary]) : "";
    const footerNode = footer();
    const inner =
      summary + wrapHtml(h("div", { class: "ccda-body" }), body) + (footerNode ? toHtml([footerNode]) : "");
    return wrapHtml(h("div", { class: "ccda-document", id: docId }), inner);
  };
  const html = lazy ? undefined : wholeHtml();
  const parts = sections.sections();
  return {
    ok: true,
    get html() {
      return html ?? wholeHtml();
    },
    title: header.title,
    toc: parts.map((s) => ({ id: s.headingId, title: s.title, level: 2, children: s.children })),
    get warnings() {
      return warnings.toArray();
    },
    attachments: doc.attachments,
    parts: {
      docId,
      documentCode: documentCode(root),
      effectiveTime: ctx.documentTime,
      // As HTML only when asked (tests, string consumers): the viewer builds DOM nodes from `nodes`.
      get header() {
        return header.summary ? toHtml([header.summary]) : "";
      },
      get footer() {
        const footerNode = footer();
        return footerNode ? toHtml([footerNode]) : "";
      },
      get body() {
        return plan.kind === "other" ? toHtml(plan.nodes) : "";
      },
      nodes: {
        header: header.summary ? [header.summary] : [],
        body: plan.kind === "other" ? plan.nodes : [],
      },
      details,
      sections: parts,
    },
  };
}

/** Parses for renderDocument: without deferred entries when asked and the rendering does not need them. */
function parseForRender(text: string, deferEntries: boolean): ParseResult {
  const parsed = parseCdaText(text, new Warnings(), { deferEntries });
  if (!parsed.ok || parsed.deferred === undefined || !entriesNeeded(parsed.root, parsed.deferred))
    return parsed;
  return parseCdaText(text, new Warnings());
}

export function renderDocument(text: string, options: RenderOptions): RenderOutcome {
  const parsed = parseForRender(text, options.deferEntries === true);
  options.onParsed?.();
  if (!parsed.ok) return parsed;
  const outcome = renderParsedDocument(parsed.root, parsed.warnings, options);
  if (!outcome.ok || parsed.deferred === undefined) return outcome;
  outcome.entriesCheck = entriesChecker(parsed.deferred);
  return outcome;
}

/**
 * Renders an already parsed ClinicalDocument (lets callers that also inspect the XML parse it only once).
 * `ids`, when given, is the document's `ID` index as indexIds would build it (the chunked parser builds it piece
 * by piece, so rendering a huge document does not start with one long walk over every element).
 */
export function renderParsedDocument(
  root: Element,
  warnings: Warnings,
  options: RenderOptions,
  ids?: ReadonlyMap<string, Element>,
): RenderOutcome {
  try {
    return render(root, options.idPrefix, warnings, options.lazy === true, ids);
  } catch (error) {
    // Sections and the header are isolated; this is the last line of defence (e.g. output of absurd size).
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: { kind: "not-cda", message: `The document could not be displayed: ${reason}` },
    };
  }
}
