/** The short block on top of the document: title, badges and the handful of facts a reader looks for first. */
import { displayCode } from "../format/code";
import { formatId } from "../format/identifier";
import { formatName } from "../format/name";
import { formatInterval } from "../format/time";
import { child, children, path, textOf } from "../parse/xml";
import type { RenderContext } from "./context";
import { dl, row, type Value } from "./header-dl";
import { authorLabel, listOf, orgName } from "./header-entity";
import { confidentialityBadge, documentStatus } from "./header-document";
import { tsValue } from "./header-participations";
import { birthValue, sexValue } from "./header-patient";
import { h, type HNode } from "./html";
import { Warnings } from "../warnings";

const WHERE = "document header";

/** title element, else the type code's displayName, else "Clinical document". */
export function documentTitle(doc: Element): string {
  const title = textOf(child(doc, "title"));
  if (title) return title;
  const display = child(doc, "code")?.getAttribute("displayName")?.trim();
  return display || "Clinical document";
}

/** The legal name (use L) when the patient has several, else the first. */
function legalName(patient: Element | undefined): Element | undefined {
  const names = children(patient, "name");
  return names.find((n) => (n.getAttribute("use") ?? "").split(/\s+/).includes("L")) ?? names[0];
}

function authorSummary(author: Element): string {
  return authorLabel(child(author, "assignedAuthor"));
}

/** Just the place's name for the summary (the details panel has its address, codes and organisation). */
function facilityName(enc: Element, ctx: RenderContext): string {
  const facility = path(enc, "location", "healthCareFacility");
  return (
    textOf(path(facility, "location", "name")) ||
    orgName(child(facility, "serviceProviderOrganization")) ||
    (child(facility, "code") ? displayCode(child(facility, "code"), ctx, WHERE) : "")
  );
}

function encounterSummary(doc: Element, ctx: RenderContext): Value {
  const enc = path(doc, "componentOf", "encompassingEncounter");
  if (!enc) return undefined;
  const when = formatInterval(child(enc, "effectiveTime"));
  const where = facilityName(enc, ctx);
  if (!when) return where || undefined;
  return h("span", {}, [when, where && ", ", where]);
}

function summaryRows(doc: Element, ctx: RenderContext): HNode | undefined {
  const role = path(doc, "recordTarget", "patientRole");
  const patient = child(role, "patient");
  const custodian = path(doc, "custodian", "assignedCustodian", "representedCustodianOrganization");
  return dl(
    [
      row("Patient", formatName(legalName(patient))),
      row("Born", birthValue(patient, ctx)),
      row("Sex", sexValue(patient, ctx)),
      row("Patient ID", formatId(listOf(role, "id")[0])),
      row("Document", displayCode(child(doc, "code"), ctx, WHERE)),
      row("Date", tsValue(child(doc, "effectiveTime"), ctx, WHERE)),
      row("Status", documentStatus(doc, ctx)),
      row(
        children(doc, "author").length > 1 ? "Authors" : "Author",
        ...children(doc, "author").map(authorSummary),
      ),
      row("Custodian", orgName(custodian)),
      row("Encounter", encounterSummary(doc, ctx)),
    ],
    "ccda-header-summary",
  );
}

/** `<header class="ccda-header">` with h1, badge and the summary grid. */
export function renderSummary(doc: Element, docCtx: RenderContext, title: string): HNode {
  // Everything shown here is shown again in the details panel, which records the warnings; counting them twice
  // would tell the reader about problems that happened once.
  const ctx: RenderContext = { ...docCtx, warnings: new Warnings() };
  const badge = confidentialityBadge(doc, ctx);
  return h("header", { class: "ccda-header" }, [
    h("h1", { class: "ccda-title" }, [title]),
    badge && h("p", { class: "ccda-header-flags" }, [badge]),
    summaryRows(doc, ctx),
  ]);
}
