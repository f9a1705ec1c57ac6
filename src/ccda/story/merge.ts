/**
 * Many documents' items → one list per kind: the same thing said by several documents becomes one entry,
 * keyed by code system + code (plus the date for things that happen on a day: results, vital signs,
 * immunizations, procedures, encounters). The newest document's words and status come first; what older
 * documents said is kept as history, one state per run of documents that agree.
 */
import { tsSortKey, whenOf } from "./times";
import type { DocumentStory, Provenance, StoryItem, StoryKind } from "./types";
import { STORY_KINDS } from "./types";

export interface ItemState {
  readonly status: string;
  readonly dates: string;
  readonly detail: string;
  readonly name: string;
  /** The documents that said exactly this, newest first. */
  readonly sources: readonly Provenance[];
}

export interface MergedItem {
  readonly key: string;
  readonly kind: StoryKind;
  /** What the newest document says. */
  readonly latest: StoryItem;
  /** Every document (and section) that mentions it, newest first, each document once. */
  readonly sources: readonly Provenance[];
  /** Distinct states, newest first; the first is the latest. */
  readonly history: readonly ItemState[];
  /**
   * False when newer documents list other items of this kind but not this one (a medication switched or
   * dropped from the list): its "latest" status is then only the last one a document gave.
   */
  readonly inLatestList: boolean;
}

export type MergedStory = Readonly<Record<StoryKind, readonly MergedItem[]>>;

/** Kinds whose entries are events: the same code on another date is another event. Value = TS digits kept. */
const DATED: Partial<Record<StoryKind, number>> = {
  result: 12,
  vital: 12,
  immunization: 8,
  procedure: 8,
  encounter: 8,
};

export function mergeKey(item: StoryItem): string {
  const code = item.code;
  const id = code
    ? `${code.system?.trim() ?? "?"}|${code.code.trim()}`
    : `text|${item.name.trim().toLowerCase()}`;
  const digits = DATED[item.kind];
  if (digits === undefined) return `${item.kind}|${id}`;
  const when = tsSortKey(whenOf(item.times)).slice(0, digits);
  return `${item.kind}|${id}|${when || item.dates}`;
}

function signature(item: StoryItem): string {
  return `${item.status}\u0000${item.dates}\u0000${item.detail}\u0000${item.name}`;
}

function historyOf(items: readonly StoryItem[]): ItemState[] {
  const states: { state: ItemState; sources: Provenance[]; sig: string }[] = [];
  for (const item of items) {
    const sig = signature(item);
    const last = states.at(-1);
    if (last?.sig === sig) last.sources.push(item.provenance);
    else {
      const sources = [item.provenance];
      const { status, dates, detail, name } = item;
      states.push({ sig, sources, state: { status, dates, detail, name, sources } });
    }
  }
  return states.map((s) => s.state);
}

function statusRank(status: string): number {
  const s = status.toLowerCase();
  if (/\bactive\b/.test(s) && !/inactive/.test(s)) return 0;
  return s === "" ? 1 : 2;
}

const ONGOING: ReadonlySet<StoryKind> = new Set(["problem", "medication", "allergy"]);

interface SortEntry {
  readonly item: MergedItem;
  readonly group: number;
  readonly when: string;
}

/** Current before no-longer-listed, active before the rest (ongoing kinds), then newest first, then by name. */
function sortEntry(item: MergedItem): SortEntry {
  const ongoing = ONGOING.has(item.kind);
  const group = ongoing ? (item.inLatestList ? 0 : 3) + statusRank(item.latest.status) : 0;
  return { item, group, when: tsSortKey(whenOf(item.latest.times)) };
}

function compareEntries(a: SortEntry, b: SortEntry): number {
  if (a.group !== b.group) return a.group - b.group;
  if (a.when !== b.when) return a.when < b.when ? 1 : -1;
  return a.item.latest.name < b.item.latest.name ? -1 : a.item.latest.name > b.item.latest.name ? 1 : 0;
}

function sortMerged(items: readonly MergedItem[]): MergedItem[] {
  // Keys computed once per item, not once per comparison: thousands of results are common.
  return items
    .map(sortEntry)
    .sort(compareEntries)
    .map((e) => e.item);
}

/** Stories newest first (stable for equal or missing dates). */
export function newestFirst(stories: readonly DocumentStory[]): DocumentStory[] {
  return stories
    .map((story) => ({ story, time: tsSortKey(story.time) }))
    .sort((a, b) => (a.time === b.time ? 0 : a.time < b.time ? 1 : -1))
    .map((e) => e.story);
}

/** Per kind, the time of the newest document that lists any item of that kind. */
function newestListPerKind(stories: readonly DocumentStory[]): Map<StoryKind, string> {
  const out = new Map<StoryKind, string>();
  for (const story of stories) {
    const time = tsSortKey(story.time);
    for (const item of story.items) if (time > (out.get(item.kind) ?? "")) out.set(item.kind, time);
  }
  return out;
}

export function mergeStories(stories: readonly DocumentStory[]): MergedStory {
  const groups = new Map<string, StoryItem[]>();
  for (const story of newestFirst(stories)) {
    // One mention per document: a document listing the same thing twice (two sections) counts once.
    const seen = new Set<string>();
    for (const item of story.items) {
      const key = mergeKey(item);
      if (seen.has(key)) continue;
      seen.add(key);
      const list = groups.get(key);
      if (list === undefined) groups.set(key, [item]);
      else list.push(item);
    }
  }
  const out = Object.fromEntries(STORY_KINDS.map((k) => [k, [] as MergedItem[]])) as Record<
    StoryKind,
    MergedItem[]
  >;
  const newestList = newestListPerKind(stories);
  for (const [key, items] of groups) {
    const latest = items[0];
    if (latest === undefined) continue;
    const sources = items.map((i) => i.provenance);
    const inLatestList =
      !ONGOING.has(latest.kind) ||
      tsSortKey(latest.provenance.documentTime) >= (newestList.get(latest.kind) ?? "");
    out[latest.kind].push({
      key,
      kind: latest.kind,
      latest,
      sources,
      history: historyOf(items),
      inLatestList,
    });
  }
  for (const kind of STORY_KINDS) out[kind] = sortMerged(out[kind]);
  return out;
}
