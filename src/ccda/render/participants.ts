/** Section-level participations (author, informant, subject), shown compactly above the section's text. */
import { displayCode, displayFunctionCode } from "../format/code";
import { formatName } from "../format/name";
import { formatInterval, formatTs } from "../format/time";
import { attr, child, children, sdtcChild, textOf } from "../parse/xml";
import type { RenderContext } from "./context";
import { dl, row, type Value } from "./header-dl";
import { authorLabel, informantRole, roleName } from "./header-entity";
import { roleClassLabel } from "./header-labels";
import { sexValue } from "./header-patient";
import { h, type HNode } from "./html";

function sectionWhere(section: Element): string {
  const title = textOf(child(section, "title"));
  return title ? `section ${title}` : "section";
}

function join(parts: readonly (string | undefined)[], sep = ", "): string {
  return parts.filter((p): p is string => p !== undefined && p !== "").join(sep);
}

function authorValue(author: Element, ctx: RenderContext, where: string): string {
  const when = formatInterval(child(author, "time"), ctx, where);
  const fn = displayFunctionCode(child(author, "functionCode"), ctx, where);
  const who = join([authorLabel(child(author, "assignedAuthor")), fn]);
  return when ? `${who || "Unnamed author"} (${when})` : who;
}

function informantValue(inf: Element, ctx: RenderContext, where: string): string {
  const role = informantRole(inf);
  const relation = displayCode(child(role, "code"), ctx, where) || roleClassLabel(attr(role, "classCode"));
  const who = roleName(role);
  return relation && who ? `${who} (${relation})` : who || relation || "";
}

function subjectValue(subject: Element, ctx: RenderContext, where: string): string {
  const rel = child(subject, "relatedSubject");
  const person = child(rel, "subject");
  const relation = displayCode(child(rel, "code"), ctx, where);
  const birth = attr(child(person, "birthTime"), "value");
  const details = join([
    formatName(child(person, "name")),
    sexValue(person, ctx),
    birth === undefined ? undefined : `born ${formatTs(birth, { dateOnly: true })}`,
    attr(sdtcChild(person, "deceasedInd"), "value") === "true" ? "deceased" : undefined,
  ]);
  return relation && details ? `${relation}: ${details}` : relation || details;
}

/** The section's own author(s), informant(s) and subject; undefined when it has none. */
export function renderSectionParticipants(section: Element, ctx: RenderContext): HNode | undefined {
  const where = sectionWhere(section);
  const authors = children(section, "author").map((a): Value => authorValue(a, ctx, where));
  const informants = children(section, "informant").map((i): Value => informantValue(i, ctx, where));
  const subjects = children(section, "subject").map((s): Value => subjectValue(s, ctx, where));
  const list = dl(
    [
      row(authors.length > 1 ? "Authors" : "Author", ...authors),
      row(informants.length > 1 ? "Informants" : "Informant", ...informants),
      row(subjects.length > 1 ? "Subjects" : "Subject", ...subjects),
    ],
    "ccda-dl ccda-dl-compact",
  );
  return list && h("div", { class: "ccda-section-participants" }, [list]);
}
