/** The state of a problem or medication as of a document's date, from the item and its course. */
import type { LocalMoment } from "./hl7-time";
import { BASE_INSTANT, centralOffset } from "./hl7-time";
import { medicationCourseOf, problemCourseOf } from "./clinical-shared";
import type { Coded, MedicationItem, ProblemItem } from "./profiles";

const DAY_MS = 86_400_000;
const YEAR_DAYS = 365;

/** Whole days from a moment to the dataset's base instant. */
export function daysAgoOf(moment: LocalMoment): number {
  return Math.floor((BASE_INSTANT - moment.utcMs) / DAY_MS);
}

/** A day (9:00 local, US Central) `days` before the base instant. */
export function daysAgo(days: number): LocalMoment {
  const utcMs = BASE_INSTANT - days * DAY_MS - 60 * 60_000;
  return { utcMs, offsetMinutes: centralOffset(utcMs) };
}

/**
 * The latest occurrence, on or before `asOf`, of something that happened `fixedDaysAgo` days before the base
 * instant and recurs yearly (flu shots, annual exams): a document never lists a date after its own.
 */
export function lastOccurrence(fixedDaysAgo: number, asOf: LocalMoment): LocalMoment {
  const docDaysAgo = daysAgoOf(asOf);
  const behind = Math.max(0, Math.ceil((docDaysAgo - fixedDaysAgo) / YEAR_DAYS));
  return daysAgo(fixedDaysAgo + behind * YEAR_DAYS);
}

export interface MedicationState {
  code: Coded;
  doseValue: number;
  doseUnit: string;
  start: LocalMoment;
  /** Set once the medication is stopped as of the document. */
  stop: LocalMoment | undefined;
}

export function medicationAsOf(item: MedicationItem, asOf: LocalMoment): MedicationState {
  const course = medicationCourseOf(item);
  const docDaysAgo = daysAgoOf(asOf);
  const startedDaysAgo = course?.startedDaysAgo ?? item.startedYearsAgo * YEAR_DAYS;
  const replaced = course?.replaced;
  if (replaced !== undefined && docDaysAgo > startedDaysAgo) {
    return {
      code: replaced.code,
      doseValue: replaced.doseValue,
      doseUnit: replaced.doseUnit,
      start: daysAgo(replaced.startedDaysAgo),
      stop: undefined,
    };
  }
  // Of the earlier doses whose period had not ended at the document's date, the oldest period is the one it
  // falls in; none → the current dose.
  const earlier = (course?.earlierDoses ?? [])
    .filter((step) => docDaysAgo > step.untilDaysAgo)
    .sort((a, b) => b.untilDaysAgo - a.untilDaysAgo)[0];
  const stopped = course?.stoppedDaysAgo !== undefined && docDaysAgo <= course.stoppedDaysAgo;
  return {
    code: item.code,
    doseValue: earlier?.doseValue ?? item.doseValue,
    doseUnit: item.doseUnit,
    start: daysAgo(startedDaysAgo),
    stop: stopped && course.stoppedDaysAgo !== undefined ? daysAgo(course.stoppedDaysAgo) : undefined,
  };
}

export interface ProblemState {
  status: "active" | "resolved";
  /** The end date, when the course says when it resolved. */
  resolved: LocalMoment | undefined;
}

export function problemAsOf(item: ProblemItem, asOf: LocalMoment): ProblemState {
  const course = problemCourseOf(item);
  if (course === undefined) return { status: item.status, resolved: undefined };
  return daysAgoOf(asOf) <= course.resolvedDaysAgo
    ? { status: "resolved", resolved: daysAgo(course.resolvedDaysAgo) }
    : { status: "active", resolved: undefined };
}
