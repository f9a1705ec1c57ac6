/**
 * The CDA header, rendered twice: a short summary on top (`<header class="ccda-header">`), and a `<details>` panel
 * holding everything the header carries (CDA.xsl's footer, made collapsible). Group headings inside the panel are
 * h2, see header-dl.ts for why.
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

function renderDetails(doc: Element, ctx: RenderContext, title: string): HNode {
  return h("details", { class: "ccda-header-details" }, [
    h("summary", {}, ["Document details"]),
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
  ]);
}

/** Renders the header of a ClinicalDocument element. Never throws on odd data: missing parts are omitted. */
export function renderHeader(
  doc: Element,
  ctx: RenderContext,
): { summary: HNode; details: HNode; title: string } {
  const title = documentTitle(doc);
  return { summary: renderSummary(doc, ctx, title), details: renderDetails(doc, ctx, title), title };
}
