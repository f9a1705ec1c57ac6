/** What the document is about: service events, the encounter, fulfilled orders, consents. */
import { displayCode, displayCodeFull, displayFunctionCode } from "../format/code";
import { formatId } from "../format/identifier";
import { attr, child, children, path, textOf } from "../parse/xml";
import type { RenderContext } from "./context";
import { dl, entityBlock, group, lines, row, type Value } from "./header-dl";
import { addrValue, orgValue, roleName, roleRows } from "./header-entity";
import { encounterParticipantLabel, participationLabel } from "./header-labels";
import { participationBlock, tsValue } from "./header-participations";
import type { HNode } from "./html";

function performerBlock(perf: Element, ctx: RenderContext, where: string): HNode | undefined {
  return participationBlock(child(perf, "assignedEntity"), ctx, where, [
    row("Participation", participationLabel(attr(perf, "typeCode"))),
    row("Function", displayFunctionCode(child(perf, "functionCode"), ctx, where)),
    row("Time", tsValue(child(perf, "time"), ctx, where)),
  ]);
}

function serviceEventBlocks(event: Element, ctx: RenderContext): (HNode | undefined)[] {
  const where = "document header (service event)";
  return [
    dl([
      row("Service", displayCodeFull(child(event, "code"), ctx, where)),
      row("Identifier", ...children(event, "id").map(formatId)),
      row("Time", tsValue(child(event, "effectiveTime"), ctx, where)),
    ]),
    ...children(event, "performer").map((p) => performerBlock(p, ctx, where)),
  ];
}

export function serviceEventsGroup(doc: Element, ctx: RenderContext): HNode | undefined {
  const events = children(doc, "documentationOf").flatMap((d) => children(d, "serviceEvent"));
  return group(
    events.length > 1 ? "Service events" : "Service event",
    events.flatMap((e) => serviceEventBlocks(e, ctx)),
  );
}

/** location/healthCareFacility as lines: facility name (place), ids, type, address, service provider. */
export function facilityValue(enc: Element | undefined, ctx: RenderContext, where: string): Value {
  const facility = path(enc, "location", "healthCareFacility");
  if (!facility) return undefined;
  const place = child(facility, "location");
  return lines([
    textOf(child(place, "name")),
    displayCode(child(facility, "code"), ctx, where),
    ...children(facility, "id").map(formatId),
    ...children(place, "addr").map(addrValue),
    orgValue(child(facility, "serviceProviderOrganization")),
  ]);
}

function encounterParticipantBlock(p: Element, ctx: RenderContext, where: string): HNode | undefined {
  return participationBlock(child(p, "assignedEntity"), ctx, where, [
    row("Participation", encounterParticipantLabel(attr(p, "typeCode"))),
    row("Time", tsValue(child(p, "time"), ctx, where)),
  ]);
}

export function encounterGroup(doc: Element, ctx: RenderContext): HNode | undefined {
  const where = "document header (encounter)";
  const enc = path(doc, "componentOf", "encompassingEncounter");
  if (!enc) return undefined;
  const responsible = path(enc, "responsibleParty", "assignedEntity");
  return group("Encounter", [
    dl([
      row("Identifier", ...children(enc, "id").map(formatId)),
      row("Type", displayCodeFull(child(enc, "code"), ctx, where)),
      row("Time", tsValue(child(enc, "effectiveTime"), ctx, where)),
      row("Location", facilityValue(enc, ctx, where)),
      row("Admission source", displayCode(child(enc, "admissionReferralSourceCode"), ctx, where)),
      row("Discharge disposition", displayCode(child(enc, "dischargeDispositionCode"), ctx, where)),
      row("Responsible party", responsible && roleName(responsible)),
    ]),
    responsible &&
      entityBlock(`Responsible party: ${roleName(responsible)}`, roleRows(responsible, ctx, where)),
    ...children(enc, "encounterParticipant").map((p) => encounterParticipantBlock(p, ctx, where)),
  ]);
}

export function ordersGroup(doc: Element, ctx: RenderContext): HNode | undefined {
  const where = "document header (order)";
  const orders = children(doc, "inFulfillmentOf").flatMap((f) => children(f, "order"));
  const blocks = orders.map((o) =>
    dl([
      row("Order", ...children(o, "id").map(formatId)),
      row("Type", displayCode(child(o, "code"), ctx, where)),
      row("Priority", displayCode(child(o, "priorityCode"), ctx, where)),
    ]),
  );
  return group(orders.length > 1 ? "Orders fulfilled" : "Order fulfilled", blocks);
}

export function consentsGroup(doc: Element, ctx: RenderContext): HNode | undefined {
  const where = "document header (consent)";
  const consents = children(doc, "authorization").flatMap((a) => children(a, "consent"));
  const blocks = consents.map((c) =>
    dl([
      row("Consent", ...children(c, "id").map(formatId)),
      row("Type", displayCode(child(c, "code"), ctx, where)),
      row("Status", displayCode(child(c, "statusCode"), ctx, where)),
    ]),
  );
  return group(consents.length > 1 ? "Consents" : "Consent", blocks);
}
