/** People, devices and organizations of header participations (assignedEntity, relatedEntity, guardian, …). */
import { addrUseLabel, formatAddrLines } from "../format/addr";
import { displayCode } from "../format/code";
import { formatId } from "../format/identifier";
import { formatName, nameUseLabel } from "../format/name";
import { meaningful } from "../format/null-flavor";
import { renderTelecom } from "../format/telecom";
import { child, children, path, textOf } from "../parse/xml";
import type { RenderContext } from "./context";
import { lines, row, type Row } from "./header-dl";
import { h, type HNode } from "./html";

const PERSON_CHILDREN = [
  "assignedPerson",
  "relatedPerson",
  "associatedPerson",
  "informationRecipient",
  "guardianPerson",
  "maintainingPerson",
  "playingEntity",
];
const ORG_CHILDREN = [
  "representedOrganization",
  "representedCustodianOrganization",
  "receivedOrganization",
  "scopingOrganization",
  "guardianOrganization",
  "serviceProviderOrganization",
  "providerOrganization",
  "wholeOrganization",
];

/**
 * Ids, addresses and telecoms of an element worth a row: those with data, or with a nullFlavor that says something
 * ("Unknown", "Masked"). A bare NI/NA ("no information") placeholder tells the reader nothing, so it is skipped.
 */
export function listOf(el: Element | undefined, name: string): Element[] {
  return children(el, name).filter(meaningful);
}

/** A name with its use label when it has one: "Jane Doe (Legal)". */
export function nameWithUse(el: Element): string {
  const name = formatName(el);
  const use = nameUseLabel(el);
  return name && use ? `${name} (${use})` : name;
}

/** An address as multi-line text with its use label first. */
export function addrValue(el: Element): HNode | undefined {
  const use = addrUseLabel(el);
  return lines([use && h("span", { class: "ccda-use" }, [`${use}:`]), ...formatAddrLines(el)], "ccda-addr");
}

/** All person names of a role's player(s). */
export function personNames(role: Element | undefined): string[] {
  return PERSON_CHILDREN.flatMap((n) => children(role, n))
    .flatMap((p) => children(p, "name"))
    .map(formatName)
    .filter(Boolean);
}

/** "softwareName (manufacturerModelName)" for an assignedAuthoringDevice. */
export function deviceText(role: Element | undefined): string {
  const device = child(role, "assignedAuthoringDevice");
  if (!device) return "";
  const software = textOf(child(device, "softwareName"));
  const model = textOf(child(device, "manufacturerModelName"));
  if (software && model) return `${software} (${model})`;
  return software || model || "Device";
}

/** The first organization a role represents or is scoped by. */
export function roleOrganization(role: Element | undefined): Element | undefined {
  for (const n of ORG_CHILDREN) {
    const org = child(role, n);
    if (org) return org;
  }
  return undefined;
}

export function orgName(org: Element | undefined): string {
  return children(org, "name").map(formatName).filter(Boolean).join("; ");
}

/** An author's role as "person, organization" (the organization only beside a person), else roleName. */
export function authorLabel(role: Element | undefined): string {
  const org = personNames(role).length > 0 ? orgName(roleOrganization(role)) : "";
  return [roleName(role), org].filter(Boolean).join(", ");
}

/** An informant's role: an assignedEntity (a clinician), else a relatedEntity (family, the patient …). */
export function informantRole(informant: Element): Element | undefined {
  return child(informant, "assignedEntity") ?? child(informant, "relatedEntity");
}

/** The short label of a role: person, else device, else organization name. */
export function roleName(role: Element | undefined): string {
  const people = personNames(role);
  if (people.length > 0) return people.join("; ");
  return deviceText(role) || orgName(roleOrganization(role));
}

/** The organization as lines: name, ids, addresses, telecoms. */
export function orgValue(org: Element | undefined): HNode | undefined {
  if (!org) return undefined;
  return lines(
    [
      orgName(org),
      ...listOf(org, "id").map(formatId),
      ...listOf(org, "addr").flatMap(formatAddrLines),
      ...listOf(org, "telecom").map(renderTelecom),
    ],
    "ccda-org",
  );
}

/** Rows for the organization itself (custodian, provider organization, service provider). */
export function orgRows(org: Element | undefined): Row[] {
  return [row("Name", ...children(org, "name").map(nameWithUse)), ...orgDetailRows(org)];
}

/** orgRows without the name, for blocks that already show it as their title. */
export function orgDetailRows(org: Element | undefined): Row[] {
  return [
    row("Identifier", ...listOf(org, "id").map(formatId)),
    row("Address", ...listOf(org, "addr").map(addrValue)),
    row("Contact", ...listOf(org, "telecom").map(renderTelecom)),
    row("Part of", orgName(path(org, "asOrganizationPartOf", "wholeOrganization"))),
  ];
}

/** Rows describing a role: names, device, role code, ids, addresses, telecoms, organization. */
export function roleRows(role: Element | undefined, ctx: RenderContext, where?: string): Row[] {
  if (!role) return [];
  const players = PERSON_CHILDREN.flatMap((n) => children(role, n));
  const names = players.flatMap((p) => children(p, "name")).map(nameWithUse);
  const hasPerson = personNames(role).length > 0;
  const device = child(role, "assignedAuthoringDevice");
  const org = roleOrganization(role);
  // Without a person or device, the organization is who the role is: its rows, not a nested summary.
  const orgIsEntity = org !== undefined && !hasPerson && !device;
  return [
    row("Name", ...(names.length > 1 ? names : [])),
    row("Device", hasPerson && device && deviceText(role)),
    row("Role", displayCode(child(role, "code"), ctx, where)),
    row("Identifier", ...listOf(role, "id").map(formatId)),
    row("Address", ...listOf(role, "addr").map(addrValue)),
    row("Contact", ...listOf(role, "telecom").map(renderTelecom)),
    row("Organization", !orgIsEntity && orgValue(org)),
    ...(orgIsEntity ? orgDetailRows(org) : []),
  ];
}
