/** Small readers shared by the story extractors: codes, concern statuses, drafts. */
import type { CodeContext } from "../format/code";
import { formatInterval } from "../format/time";
import { formatValue } from "../format/value";
import { attr, child, children } from "../parse/xml";
import { hasCode, mainTime, related, statusOf } from "../render/entries-util";
import { timesOf } from "./times";
import type { StoryCode, StoryItem, StoryKind, StoryTimes } from "./types";

/** An item before it knows which document it came from. */
export type ItemDraft = Omit<StoryItem, "provenance">;

export interface ReadContext extends CodeContext {
  readonly where: string;
}

/** The code of a coded element, else of its first coded translation (undefined for nullFlavor-only codes). */
export function storyCode(el: Element | undefined): StoryCode | undefined {
  for (const c of [el, ...children(el, "translation")]) {
    const code = attr(c, "code")?.trim();
    if (code !== undefined && code !== "") {
      return { code, system: attr(c, "codeSystem"), systemName: attr(c, "codeSystemName") };
    }
  }
  return undefined;
}

const CONCERN_STATUS: Readonly<Record<string, string>> = {
  active: "Active",
  completed: "Resolved",
  suspended: "Suspended",
  aborted: "Inactive",
};

/**
 * A concern's status (problem, allergy): the nested status observation (C-CDA R1.1), else "Resolved" when the
 * observation has an end date, else the concern act's statusCode (active / completed = resolved), else the
 * observation's own statusCode.
 */
export function concernStatus(obs: Element, act: Element, ctx: ReadContext): string {
  const statusObs = related(obs).find((s) => hasCode(s, "33999-4"));
  const fromObs = statusObs ? formatValue(child(statusObs, "value"), ctx, ctx.where) : "";
  if (fromObs) return fromObs;
  if (timesOf(obs).high !== undefined) return "Resolved";
  const actCode = act === obs ? undefined : attr(child(act, "statusCode"), "code");
  const fromAct = actCode === undefined ? undefined : CONCERN_STATUS[actCode];
  return fromAct ?? statusOf(obs, ctx, ctx.where);
}

/** Dates and times of the first statement that has any. */
export function whenFrom(
  ctx: ReadContext,
  ...els: (Element | undefined)[]
): { times: StoryTimes; dates: string } {
  for (const el of els) {
    const dates = formatInterval(mainTime(el), ctx, ctx.where);
    const times = timesOf(el);
    if (dates !== "" || Object.keys(times).length > 0) return { times, dates };
  }
  return { times: {}, dates: "" };
}

export function draft(
  kind: StoryKind,
  name: string,
  code: StoryCode | undefined,
  status: string,
  when: { times: StoryTimes; dates: string },
  detail: string,
): ItemDraft {
  // Documents write the same status as "active" and "Active"; one spelling keeps histories honest.
  const cased = status ? status.charAt(0).toUpperCase() + status.slice(1) : status;
  return {
    kind,
    name: name || "(unnamed)",
    code,
    status: cased,
    times: when.times,
    dates: when.dates,
    detail,
  };
}

export const joinParts = (...parts: string[]): string => parts.filter((p) => p !== "").join(" · ");
