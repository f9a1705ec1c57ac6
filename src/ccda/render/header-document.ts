/** The "Document" group of the details panel: identity, type, dates, confidentiality, language, versions. */
import { displayCode, displayCodeFull } from "../format/code";
import { formatId } from "../format/identifier";
import { attr, child, children, sdtcChild, textOf } from "../parse/xml";
import type { RenderContext } from "./context";
import { dl, group, lines, row } from "./header-dl";
import { relatedDocLabel } from "./header-labels";
import { languageLabel } from "./header-patient";
import { tsValue } from "./header-participations";
import { h, type HNode } from "./html";

const WHERE = "document header";

/** Confidentiality codes that do not restrict anything get no badge. */
const UNRESTRICTED = new Set(["N", "L", "U"]);

/** The confidentiality in words ("Restricted"), and whether it deserves a badge. */
export function confidentiality(doc: Element, ctx: RenderContext): { label: string; restricted: boolean } {
  const el = child(doc, "confidentialityCode");
  const code = attr(el, "code");
  const label = displayCode(el, ctx, WHERE);
  return { label, restricted: code !== undefined && !UNRESTRICTED.has(code) };
}

/** The small badge shown next to the title for restricted documents. */
export function confidentialityBadge(doc: Element, ctx: RenderContext): HNode | undefined {
  const c = confidentiality(doc, ctx);
  if (!c.restricted) return undefined;
  return h("span", { class: "ccda-badge ccda-badge-confidential" }, [c.label || "Restricted"]);
}

/** sdtc:statusCode of the document (e.g. "active", "completed"), "" when absent. */
export function documentStatus(doc: Element, ctx: RenderContext): string {
  return displayCode(sdtcChild(doc, "statusCode"), ctx, WHERE);
}

function relatedDocValue(rel: Element): HNode | undefined {
  const parent = child(rel, "parentDocument");
  const ids = children(parent, "id").map(formatId);
  const setId = formatId(child(parent, "setId"));
  const version = attr(child(parent, "versionNumber"), "value");
  const label = relatedDocLabel(attr(rel, "typeCode")) ?? "Related to";
  return lines([
    `${label}: ${ids.join(", ") || "document without id"}`,
    setId && `Set ID: ${setId}`,
    version !== undefined && `Version: ${version}`,
    textOf(child(parent, "text")),
  ]);
}

function languageValue(doc: Element): string {
  const code = attr(child(doc, "languageCode"), "code");
  return code === undefined ? "" : languageLabel(code);
}

export function documentGroup(doc: Element, ctx: RenderContext, title: string): HNode | undefined {
  const version = attr(child(doc, "versionNumber"), "value");
  return group("Document", [
    dl([
      row("Title", title),
      row("Type", displayCodeFull(child(doc, "code"), ctx, WHERE)),
      row("Created", tsValue(child(doc, "effectiveTime"), ctx, WHERE)),
      row("Confidentiality", confidentiality(doc, ctx).label),
      row("Language", languageValue(doc)),
      row("Status", documentStatus(doc, ctx)),
      row("Document ID", formatId(child(doc, "id"))),
      row("Set ID", formatId(child(doc, "setId"))),
      row("Version", version),
      row("Related document", ...children(doc, "relatedDocument").map(relatedDocValue)),
    ]),
  ]);
}
