/** The header's participations: authors, data enterer, informants, custodian, recipients, signers, participants. */
import { displayCode, displayFunctionCode } from "../format/code";
import { formatInterval, formatTsChecked, timeNode } from "../format/time";
import { attr, child, children, path } from "../parse/xml";
import type { RenderContext } from "./context";
import { entityBlock, group, row, type Row, type Value } from "./header-dl";
import { informantRole, orgDetailRows, orgName, roleName, roleRows } from "./header-entity";
import { participationLabel, roleClassLabel, signatureLabel } from "./header-labels";
import type { HNode } from "./html";

/** A TS or IVL_TS element as a `<time>` (points) or interval text; invalid values are warned about. */
export function tsValue(el: Element | undefined, ctx: RenderContext, where: string): Value {
  if (!el) return undefined;
  const value = attr(el, "value");
  if (value !== undefined) {
    formatTsChecked(value, ctx, where);
    return timeNode(value);
  }
  return formatInterval(el, ctx, where);
}

/** One participation (author, informant …): its role's name as title, extra rows first, then the role's rows. */
export function participationBlock(
  roleEl: Element | undefined,
  ctx: RenderContext,
  where: string,
  extra: Row[] = [],
): HNode | undefined {
  return entityBlock(roleName(roleEl), [...extra, ...roleRows(roleEl, ctx, where)]);
}

function authorBlock(author: Element, ctx: RenderContext): HNode | undefined {
  const where = "document header (author)";
  return participationBlock(child(author, "assignedAuthor"), ctx, where, [
    row("Time", tsValue(child(author, "time"), ctx, where)),
    row("Function", displayFunctionCode(child(author, "functionCode"), ctx, where)),
  ]);
}

export function authorsGroup(doc: Element, ctx: RenderContext): HNode | undefined {
  const authors = children(doc, "author");
  return group(
    authors.length > 1 ? "Authors" : "Author",
    authors.map((a) => authorBlock(a, ctx)),
  );
}

export function dataEntererGroup(doc: Element, ctx: RenderContext): HNode | undefined {
  const where = "document header (data enterer)";
  return group(
    "Data enterer",
    children(doc, "dataEnterer").map((d) =>
      participationBlock(child(d, "assignedEntity"), ctx, where, [
        row("Time", tsValue(child(d, "time"), ctx, where)),
      ]),
    ),
  );
}

export function informantsGroup(parent: Element, ctx: RenderContext, where: string): HNode | undefined {
  const blocks = children(parent, "informant").map((inf) => {
    const role = informantRole(inf);
    return participationBlock(role, ctx, where, [
      row("Relationship", roleClassLabel(attr(role, "classCode"))),
    ]);
  });
  return group(blocks.length > 1 ? "Informants" : "Informant", blocks);
}

export function custodianGroup(doc: Element): HNode | undefined {
  const org = path(doc, "custodian", "assignedCustodian", "representedCustodianOrganization");
  if (!org) return undefined;
  return group("Custodian", [entityBlock(orgName(org), orgDetailRows(org))]);
}

export function recipientsGroup(doc: Element, ctx: RenderContext): HNode | undefined {
  const where = "document header (information recipient)";
  const blocks = children(doc, "informationRecipient").map((r) => {
    const role = child(r, "intendedRecipient");
    return participationBlock(role, ctx, where, [
      row("Type", r.getAttribute("typeCode") === "TRC" ? "Copy" : ""),
    ]);
  });
  return group(blocks.length > 1 ? "Information recipients" : "Information recipient", blocks);
}

function signerBlock(signer: Element, ctx: RenderContext, where: string): HNode | undefined {
  const sig = child(signer, "signatureCode");
  const sigText = signatureLabel(attr(sig, "code")) ?? displayCode(sig, ctx, where);
  return participationBlock(child(signer, "assignedEntity"), ctx, where, [
    row("Signed at", tsValue(child(signer, "time"), ctx, where)),
    row("Signature", sigText),
  ]);
}

export function signersGroups(doc: Element, ctx: RenderContext): (HNode | undefined)[] {
  const legal = children(doc, "legalAuthenticator").map((l) =>
    signerBlock(l, ctx, "document header (legal authenticator)"),
  );
  const others = children(doc, "authenticator").map((a) =>
    signerBlock(a, ctx, "document header (authenticator)"),
  );
  return [
    group("Legal authenticator", legal),
    group(others.length > 1 ? "Authenticators" : "Authenticator", others),
  ];
}

function participantBlock(p: Element, ctx: RenderContext): HNode | undefined {
  const where = "document header (participant)";
  const role = child(p, "associatedEntity");
  const kind = roleClassLabel(attr(role, "classCode"));
  return participationBlock(role, ctx, where, [
    row("Participation", participationLabel(attr(p, "typeCode"))),
    row("Relationship", kind),
    row("Function", displayFunctionCode(child(p, "functionCode"), ctx, where)),
    row("Time", tsValue(child(p, "time"), ctx, where)),
  ]);
}

export function participantsGroup(doc: Element, ctx: RenderContext): HNode | undefined {
  const blocks = children(doc, "participant").map((p) => participantBlock(p, ctx));
  return group(blocks.length > 1 ? "Participants" : "Participant", blocks);
}
