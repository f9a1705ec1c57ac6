/** Building blocks of the invented clinical histories (shared lab panel, sig helper). */
import type {
  Admission,
  AllergyItem,
  Coded,
  ImmunizationItem,
  LabTest,
  MedicationItem,
  ProblemItem,
  ProcedureItem,
} from "./profiles";
import { loinc } from "./profiles";

export interface ClinicalHistory {
  problems: readonly ProblemItem[];
  medications: readonly MedicationItem[];
  allergies: readonly AllergyItem[];
  labs: readonly LabTest[];
  immunizations: readonly ImmunizationItem[];
  procedures: readonly ProcedureItem[];
  admissions: readonly Admission[];
}

export const lab = (
  code: string,
  display: string,
  unit: string,
  range: [number, number],
  mean: number,
  spread: number,
  digits = 0,
): LabTest => ({
  code: loinc(code, display),
  unit,
  low: range[0],
  high: range[1],
  mean,
  spread,
  digits,
});

export const basicPanel = (glucose: number, creatinine: number, potassium: number): LabTest[] => [
  lab("2345-7", "Glucose [Mass/volume] in Serum or Plasma", "mg/dL", [70, 99], glucose, 18),
  lab("2951-2", "Sodium [Moles/volume] in Serum or Plasma", "mmol/L", [136, 145], 139, 3),
  lab("2823-3", "Potassium [Moles/volume] in Serum or Plasma", "mmol/L", [3.5, 5.1], potassium, 0.4, 1),
  lab("2075-0", "Chloride [Moles/volume] in Serum or Plasma", "mmol/L", [98, 107], 102, 3),
  lab("2028-9", "Carbon dioxide, total [Moles/volume] in Serum or Plasma", "mmol/L", [22, 29], 25, 2),
  lab("3094-0", "Urea nitrogen [Mass/volume] in Serum or Plasma", "mg/dL", [7, 20], 15 * creatinine, 4),
  lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "mg/dL", [0.6, 1.2], creatinine, 0.15, 2),
  lab("718-7", "Hemoglobin [Mass/volume] in Blood", "g/dL", [12, 16], 13.2, 0.9, 1),
  lab("6690-2", "Leukocytes [#/volume] in Blood by Automated count", "10*3/uL", [4, 11], 7.1, 1.8, 1),
  lab("777-3", "Platelets [#/volume] in Blood by Automated count", "10*3/uL", [150, 400], 245, 45),
];

export const sig = (lead: string, dose: string, middle: string, condition: string, tail: string) => ({
  lead,
  dose,
  middle,
  condition,
  tail,
});

/**
 * How an item changed over the years the documents cover, so a patient's documents repeat each other the way
 * real ones do: the same problems and medications, with a dose raised, a drug switched or stopped, a problem
 * resolved. Days are counted back from the dataset's base instant; each document shows the state at its date.
 */
export interface ProblemCourse {
  /** From this day on the problem is resolved (with this end date). */
  resolvedDaysAgo: number;
}

export interface EarlierDose {
  /** Before this day the dose was `doseValue` (the item's own dose is the current one). */
  untilDaysAgo: number;
  doseValue: number;
}

export interface MedicationCourse {
  /** Started on this day (instead of `startedYearsAgo` before each document). */
  startedDaysAgo?: number;
  earlierDoses?: readonly EarlierDose[];
  /** From this day on the medication is stopped (status completed, end date). */
  stoppedDaysAgo?: number;
  /** What the patient took instead before the start (a switch): documents before the start list this. */
  replaced?: { code: Coded; doseValue: number; doseUnit: string; startedDaysAgo: number };
}

// Keyed by the item objects themselves: the histories are shared by reference with the patient profiles.
const problemCourses = new WeakMap<ProblemItem, ProblemCourse>();
const medicationCourses = new WeakMap<MedicationItem, MedicationCourse>();

export function withProblemCourse(item: ProblemItem, course: ProblemCourse): ProblemItem {
  problemCourses.set(item, course);
  return item;
}

export function withMedicationCourse(item: MedicationItem, course: MedicationCourse): MedicationItem {
  medicationCourses.set(item, course);
  return item;
}

export const problemCourseOf = (item: ProblemItem): ProblemCourse | undefined => problemCourses.get(item);
export const medicationCourseOf = (item: MedicationItem): MedicationCourse | undefined =>
  medicationCourses.get(item);
