import type { CcdaWarning, WarningKind } from "./types";

/** Collects a document's warnings; identical ones are kept once with a count in the message. */
export class Warnings {
  private readonly list: CcdaWarning[] = [];
  private readonly seen = new Map<string, { warning: CcdaWarning; count: number }>();

  add(kind: WarningKind, message: string, where?: string): void {
    const key = `${kind}\u0000${message}\u0000${where ?? ""}`;
    const prior = this.seen.get(key);
    if (prior) {
      prior.count += 1;
      return;
    }
    const warning: CcdaWarning = where === undefined ? { kind, message } : { kind, message, where };
    this.seen.set(key, { warning, count: 1 });
    this.list.push(warning);
  }

  /** The warnings in first-seen order; repeated ones say how often they happened. */
  toArray(): CcdaWarning[] {
    return this.list.map((w) => {
      const key = `${w.kind}\u0000${w.message}\u0000${w.where ?? ""}`;
      const count = this.seen.get(key)?.count ?? 1;
      return count > 1 ? { ...w, message: `${w.message} (${count} times)` } : w;
    });
  }
}
