/** The shared shape of every patient's history: when each kind of document was written, and its quirks. */
import type { DocKind } from "./doc-spec";

export interface ScheduleEntry {
  daysAgo: number;
  kind: DocKind;
  /** Index into the patient's admissions (H&P and discharge summary of one stay). */
  admission?: number;
  /** Fixed local time (otherwise office hours); 00:xx and 12:xx on purpose (12 AM/PM rendering bugs). */
  time?: [number, number];
}

export const ADMISSION_DAYS = [4, 5, 3];

export const SCHEDULE: readonly ScheduleEntry[] = [
  { daysAgo: 2480, kind: "ccd" },
  { daysAgo: 2400, kind: "progress" },
  { daysAgo: 2310, kind: "referral" },
  { daysAgo: 2280, kind: "consult" },
  { daysAgo: 2200, kind: "hp", admission: 0, time: [0, 42] },
  { daysAgo: 2196, kind: "discharge", admission: 0, time: [12, 0] },
  { daysAgo: 2150, kind: "progress" },
  { daysAgo: 2000, kind: "progress" },
  { daysAgo: 1850, kind: "ccd" },
  { daysAgo: 1700, kind: "progress" },
  { daysAgo: 1600, kind: "referral" },
  { daysAgo: 1570, kind: "consult" },
  { daysAgo: 1400, kind: "progress" },
  { daysAgo: 1250, kind: "hp", admission: 1, time: [21, 5] },
  { daysAgo: 1245, kind: "discharge", admission: 1, time: [12, 34] },
  { daysAgo: 1200, kind: "progress" },
  { daysAgo: 1050, kind: "ccd" },
  { daysAgo: 900, kind: "progress" },
  { daysAgo: 750, kind: "consult" },
  { daysAgo: 600, kind: "referral" },
  { daysAgo: 480, kind: "progress" },
  { daysAgo: 360, kind: "hp", admission: 2, time: [3, 15] },
  { daysAgo: 357, kind: "discharge", admission: 2, time: [11, 50] },
  { daysAgo: 300, kind: "progress" },
  { daysAgo: 150, kind: "progress" },
  { daysAgo: 30, kind: "ccd", time: [0, 5] },
];

/** Schedule positions (0-based) that get a corrected second version. */
export const SUPERSEDED = new Set([16, 22]);
export const PRELIMINARY = 24;
export const RESTRICTED = 18;
export const SHOWCASE = 25;
export const EMPTY_NARRATIVE = new Set([0, 8]);
export const PDF_RENDITION = 19;
