/** Story items of the list sections: problems, medications, allergies, immunizations. */
import { displayCode } from "../format/code";
import { attr, child, path, textOf } from "../parse/xml";
import {
  codedChild,
  doseOf,
  first,
  frequencyOf,
  hasCode,
  lotOf,
  nameOf,
  productOf,
  related,
  statusOf,
  unwrap,
  valuesOf,
} from "../render/entries-util";
import {
  concernStatus,
  draft,
  joinParts,
  storyCode,
  whenFrom,
  type ItemDraft,
  type ReadContext,
} from "./item-parts";

export function problemItems(stmts: readonly Element[], ctx: ReadContext): ItemDraft[] {
  return stmts.flatMap((act) =>
    unwrap(act).map((obs) => {
      const value = child(obs, "value");
      const code = storyCode(value) ?? storyCode(child(obs, "code"));
      const name = first(valuesOf(obs, ctx, ctx.where), nameOf(obs, ctx, ctx.where));
      return draft("problem", name, code, concernStatus(obs, act, ctx), whenFrom(ctx, obs, act), "");
    }),
  );
}

/** Medication-like statements: substanceAdministration/supply, also when wrapped in an act. */
function administrations(stmts: readonly Element[]): Element[] {
  return stmts.flatMap((s) =>
    s.localName === "act" ? related(s).filter((r) => r.localName !== "observation") : [s],
  );
}

function materialCode(sa: Element): Element | undefined {
  const product = path(sa, "consumable", "manufacturedProduct") ?? path(sa, "product", "manufacturedProduct");
  const material = child(product, "manufacturedMaterial") ?? child(product, "manufacturedLabeledDrug");
  return child(material, "code");
}

export function medicationItems(stmts: readonly Element[], ctx: ReadContext): ItemDraft[] {
  return administrations(stmts).map((sa) => {
    const name = first(productOf(sa, ctx, ctx.where), nameOf(sa, ctx, ctx.where));
    const detail = joinParts(
      doseOf(sa, ctx, ctx.where),
      codedChild(sa, "routeCode", ctx, ctx.where),
      frequencyOf(sa, ctx, ctx.where),
    );
    const planned = attr(sa, "moodCode") === "INT";
    const status = statusOf(sa, ctx, ctx.where);
    return draft(
      "medication",
      name,
      storyCode(materialCode(sa)) ?? storyCode(child(sa, "code")),
      planned ? joinParts("Planned", status) : status,
      whenFrom(ctx, sa),
      detail,
    );
  });
}

export function immunizationItems(stmts: readonly Element[], ctx: ReadContext): ItemDraft[] {
  return administrations(stmts).map((sa) => {
    const status = statusOf(sa, ctx, ctx.where);
    const notGiven = attr(sa, "negationInd") === "true";
    return draft(
      "immunization",
      first(productOf(sa, ctx, ctx.where), nameOf(sa, ctx, ctx.where)),
      storyCode(materialCode(sa)),
      notGiven ? "Not given" : status,
      whenFrom(ctx, sa),
      joinParts(doseOf(sa, ctx, ctx.where), lotOf(sa) ? `lot ${lotOf(sa)}` : ""),
    );
  });
}

function allergenCode(obs: Element): Element | undefined {
  return child(path(obs, "participant", "participantRole", "playingEntity"), "code");
}

function allergen(obs: Element, ctx: ReadContext): string {
  const entity = path(obs, "participant", "participantRole", "playingEntity");
  const code = child(entity, "code");
  return first(code ? displayCode(code, ctx, ctx.where) : "", textOf(child(entity, "name")));
}

function severity(obs: Element, ctx: ReadContext): string {
  const nested = [...related(obs), ...related(obs, "MFST").flatMap((r) => related(r))];
  const sev = nested.find((s) => hasCode(s, "SEV"));
  return sev ? valuesOf(sev, ctx, ctx.where) : "";
}

export function allergyItems(stmts: readonly Element[], ctx: ReadContext): ItemDraft[] {
  return stmts.flatMap((act) =>
    unwrap(act).map((obs) => {
      const substance = allergen(obs, ctx);
      const reactions = related(obs, "MFST")
        .map((r) => first(valuesOf(r, ctx, ctx.where), nameOf(r, ctx, ctx.where)))
        .filter(Boolean);
      const name = first(substance, valuesOf(obs, ctx, ctx.where), nameOf(obs, ctx, ctx.where));
      const code = storyCode(allergenCode(obs)) ?? storyCode(child(obs, "value"));
      const detail = joinParts(reactions.join(", "), severity(obs, ctx));
      return draft("allergy", name, code, concernStatus(obs, act, ctx), whenFrom(ctx, obs, act), detail);
    }),
  );
}
