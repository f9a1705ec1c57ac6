/** Results and vital signs grouped by test: the newest measurement first, the earlier ones as its trend. */
import type { MergedItem } from "./merge";

export interface Trend {
  readonly key: string;
  readonly latest: MergedItem;
  /** Earlier measurements of the same test, newest first. */
  readonly earlier: readonly MergedItem[];
}

const testKey = (m: MergedItem): string => {
  const code = m.latest.code;
  return code ? `${code.system ?? "?"}|${code.code}` : `text|${m.latest.name.trim().toLowerCase()}`;
};

/** Groups measurements (already newest first) by code; groups keep the order of their newest measurement. */
export function trendsOf(items: readonly MergedItem[]): Trend[] {
  const groups = new Map<string, MergedItem[]>();
  for (const item of items) {
    const key = testKey(item);
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [item]);
    else list.push(item);
  }
  return [...groups].flatMap(([key, [latest, ...earlier]]) =>
    latest === undefined ? [] : [{ key, latest, earlier }],
  );
}
