/**
 * The CDA header, rendered twice: a short summary on top (`<header class="ccda-header">`), and a `<details>` panel
 * holding everything the header carries (CDA.xsl's footer, made collapsible). Group headings inside the panel are
 * h2, see header-dl.ts for why. The panel's groups can be rendered on their own (renderDetailsGroups), so a viewer
 * that shows the panel closed renders them only when it is opened.
 */
import type { RenderContext } from "./context";
import { documentGroup } from "./header-document";
import { consentsGroup, encounterGroup, ordersGroup, serviceEventsGroup } from "./header-events";
import {
  authorsGroup,
  custodianGroup,
  dataEntererGroup,
  informantsGroup,
  participantsGroup,
  recipientsGroup,
  signersGroups,
} from "./header-participations";
import { patientGroup } from "./header-patient";
import { documentTitle, renderSummary } from "./header-summary";
import { h, type HNode } from "./html";

/** The label of the details panel's <summary>. */
export const DETAILS_LABEL = "Document details";

/** Everything the header carries, in groups: the content of the details panel. */
export function renderDetailsGroups(doc: Element, ctx: RenderContext, title: string): HNode[] {
  const groups: (HNode | undefined)[] = [
    documentGroup(doc, ctx, title),
    patientGroup(doc, ctx),
    authorsGroup(doc, ctx),
    custodianGroup(doc),
    ...signersGroups(doc, ctx),
    participantsGroup(doc, ctx),
    informantsGroup(doc, ctx, "document header (informant)"),
    dataEntererGroup(doc, ctx),
    recipientsGroup(doc, ctx),
    serviceEventsGroup(doc, ctx),
    encounterGroup(doc, ctx),
    ordersGroup(doc, ctx),
    consentsGroup(doc, ctx),
  ];
  return groups.filter((group) => group !== undefined);
}

/** The collapsible details panel (closed) around its groups. */
export function detailsPanel(groups: readonly HNode[]): HNode {
  return h("details", { class: "ccda-header-details" }, [h("summary", {}, [DETAILS_LABEL]), ...groups]);
}

/** The summary card and the document's title. Never throws on odd data: missing parts are omitted. */
export function renderHeaderSummary(doc: Element, ctx: RenderContext): { summary: HNode; title: string } {
  const title = documentTitle(doc);
  return { summary: renderSummary(doc, ctx, title), title };
}

/** Renders the header of a ClinicalDocument element: summary card and details panel, at once. */
export function renderHeader(
  doc: Element,
  ctx: RenderContext,
): { summary: HNode; details: HNode; title: string } {
  const { summary, title } = renderHeaderSummary(doc, ctx);
  return { summary, details: detailsPanel(renderDetailsGroups(doc, ctx, title)), title };
}
