/** Test helpers: wrap narrative or sections in a minimal CDA document, render, sanitize, and parse the result. */
import { renderDocument } from "../../../src/ccda/render-document";
import type { CcdaWarning, RenderOutcome } from "../../../src/ccda/types";
import { sanitizeDocumentHtml } from "../../../src/sanitize/sanitize-html";

export const V3 = 'xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';

export function cdaDocument(body: string, header = "<title>Test document</title>"): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<ClinicalDocument ${V3}>${header}${body}</ClinicalDocument>`;
}

export function structuredBody(...sections: string[]): string {
  const comps = sections.map((s) => `<component>${s}</component>`).join("");
  return `<component><structuredBody>${comps}</structuredBody></component>`;
}

export function section(title: string, textXml: string, extra = ""): string {
  return `<section><title>${title}</title><text>${textXml}</text>${extra}</section>`;
}

export interface Rendered {
  outcome: Extract<RenderOutcome, { ok: true }>;
  html: string;
  safe: string;
  root: HTMLElement;
  warnings: CcdaWarning[];
}

export function renderOk(xml: string, idPrefix = "t1"): Rendered {
  const outcome = renderDocument(xml, { idPrefix });
  if (!outcome.ok) throw new Error(`expected a rendered document, got ${JSON.stringify(outcome.error)}`);
  const safe = sanitizeDocumentHtml(outcome.html);
  const root = document.createElement("div");
  root.innerHTML = safe;
  return { outcome, html: outcome.html, safe, root, warnings: outcome.warnings };
}

/** Renders one section whose <text> holds `textXml` (plus `extra` children such as entries). */
export function renderNarrativeXml(textXml: string, extra = ""): Rendered & { narrative: HTMLElement } {
  const r = renderOk(cdaDocument(structuredBody(section("Section A", textXml, extra))));
  const narrative = r.root.querySelector<HTMLElement>(".ccda-narrative");
  if (!narrative) throw new Error(`no narrative in ${r.safe}`);
  return { ...r, narrative };
}

export function warningKinds(warnings: readonly CcdaWarning[]): string[] {
  return warnings.map((w) => w.kind);
}

/** Whitespace-collapsed text. */
export function norm(s: string | null | undefined): string {
  return (s ?? "").replace(/\s+/g, " ").trim();
}
