/** Story items of the observation-like sections: results, vital signs, procedures, encounters. */
import { displayCode } from "../format/code";
import { formatIvlPq } from "../format/quantity";
import { meaningful } from "../format/null-flavor";
import { attr, child, children, path, textOf } from "../parse/xml";
import {
  first,
  flattenOrganizers,
  nameOf,
  related,
  statusOf,
  unwrap,
  valuesOf,
} from "../render/entries-util";
import { draft, joinParts, storyCode, whenFrom, type ItemDraft, type ReadContext } from "./item-parts";

function interpretation(obs: Element, ctx: ReadContext): string {
  return children(obs, "interpretationCode")
    .filter(meaningful)
    .map((c) => displayCode(c, ctx, ctx.where))
    .filter(Boolean)
    .join(", ");
}

function referenceRange(obs: Element): string {
  const value = path(obs, "referenceRange", "observationRange", "value");
  const text = value ? formatIvlPq(value) : "";
  return first(text, textOf(path(obs, "referenceRange", "observationRange", "text")));
}

function measured(kind: "result" | "vital", stmts: readonly Element[], ctx: ReadContext): ItemDraft[] {
  return flattenOrganizers([...stmts]).map(({ parent, obs }) => {
    const interp = interpretation(obs, ctx);
    const range = kind === "result" ? referenceRange(obs) : "";
    const value = valuesOf(obs, ctx, ctx.where);
    const detail = joinParts(
      interp ? `${value} (${interp})` : value,
      range ? `range ${range}` : "",
      parent && kind === "result" ? nameOf(parent, ctx, ctx.where) : "",
    );
    return draft(
      kind,
      nameOf(obs, ctx, ctx.where),
      storyCode(child(obs, "code")),
      statusOf(obs, ctx, ctx.where),
      whenFrom(ctx, obs, parent),
      detail,
    );
  });
}

export const resultItems = (stmts: readonly Element[], ctx: ReadContext): ItemDraft[] =>
  measured("result", stmts, ctx);

export const vitalItems = (stmts: readonly Element[], ctx: ReadContext): ItemDraft[] =>
  measured("vital", stmts, ctx);

export function procedureItems(stmts: readonly Element[], ctx: ReadContext): ItemDraft[] {
  return stmts.map((p) =>
    draft(
      "procedure",
      nameOf(p, ctx, ctx.where),
      storyCode(child(p, "code")),
      statusOf(p, ctx, ctx.where),
      whenFrom(ctx, p),
      children(p, "targetSiteCode")
        .map((c) => displayCode(c, ctx, ctx.where))
        .join(", "),
    ),
  );
}

function location(enc: Element, ctx: ReadContext): string {
  const loc = children(enc, "participant").find((p) => attr(p, "typeCode") === "LOC");
  const role = child(loc, "participantRole");
  return first(textOf(path(role, "playingEntity", "name")), displayCode(child(role, "code"), ctx, ctx.where));
}

function diagnoses(enc: Element, ctx: ReadContext): string {
  return related(enc)
    .flatMap((r) => (r.localName === "act" ? unwrap(r) : [r]))
    .map((o) => first(valuesOf(o, ctx, ctx.where), nameOf(o, ctx, ctx.where)))
    .filter(Boolean)
    .join("; ");
}

export function encounterItems(stmts: readonly Element[], ctx: ReadContext): ItemDraft[] {
  return stmts
    .filter((e) => e.localName === "encounter")
    .map((e) =>
      draft(
        "encounter",
        first(nameOf(e, ctx, ctx.where), "Encounter"),
        storyCode(child(e, "code")),
        statusOf(e, ctx, ctx.where),
        whenFrom(ctx, e),
        joinParts(location(e, ctx), diagnoses(e, ctx)),
      ),
    );
}
