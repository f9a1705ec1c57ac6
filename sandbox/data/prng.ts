/**
 * Deterministic randomness for the synthetic dataset. Every "random" choice flows from a seed, so two builds of
 * the dataset are identical (tests and demos can rely on ids, dates and sizes).
 */

/** A small seeded generator (mulberry32): fast, good enough for synthetic data, identical on every platform. */
export class Prng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max] (both inclusive). */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** A decimal in [min, max] rounded to `digits` places. */
  decimal(min: number, max: number, digits: number): number {
    const factor = 10 ** digits;
    return Math.round((min + this.next() * (max - min)) * factor) / factor;
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new RangeError("Prng.pick: empty list");
    return item;
  }

  /** A child generator whose sequence depends only on this seed and `label` (stable when callers reorder). */
  fork(label: string): Prng {
    return new Prng(hashString(`${this.state}:${label}`));
  }
}

/** FNV-1a 32-bit hash: stable ids and seeds from strings. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A deterministic UUID-shaped identifier (for CDA `id/@root`), derived from a label. */
export function stableUuid(label: string): string {
  const parts = [0, 1, 2, 3].map((i) => hashString(`${i}|${label}`).toString(16).padStart(8, "0"));
  const hex = parts.join("");
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    `4${hex.slice(13, 16)}`,
    `${((parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}`,
    hex.slice(20, 32),
  ].join("-");
}
