import type { FhirSession } from "./access";
import { FhirError } from "./operation-outcome";
import { PAGE_PARAM } from "./paging";
import { parseDate, parseTokenList, type DateValue, type TokenValue } from "./search-params";

export const DEFAULT_COUNT = 10;
export const MAX_COUNT = 100;

/** A parsed, validated DocumentReference search. Lists inside one parameter are OR, repeated parameters AND. */
export interface DocumentReferenceQuery {
  ids: string[][];
  types: TokenValue[][];
  categories: TokenValue[][];
  statuses: string[][];
  dates: DateValue[];
  /** `period` (Millennium): compared with the start of `context.period`. */
  periods: DateValue[];
  count: number;
  sort: "date" | "-date";
}

const KNOWN = new Set(["patient", "subject", "_id", "type", "category", "date", "status", "_count", "_sort"]);
const IGNORED = new Set(["_format", "_pretty"]);

function patientIdOf(reference: string, fhirBase: string): string {
  const local = reference.startsWith(`${fhirBase}/`) ? reference.slice(fhirBase.length + 1) : reference;
  return local.startsWith("Patient/") ? local.slice("Patient/".length) : local;
}

/** Only the patient in context may be searched; anything else is refused without saying whether it exists. */
function checkPatient(params: URLSearchParams, session: FhirSession, fhirBase: string): boolean {
  const refs = ["patient", "subject", "patient:Patient", "subject:Patient"].flatMap((k) => params.getAll(k));
  for (const ref of refs.flatMap((r) => r.split(","))) {
    if (patientIdOf(ref, fhirBase) !== session.patient) {
      throw new FhirError(403, "forbidden", "The patient parameter does not match the patient in context");
    }
  }
  return refs.length > 0;
}

function checkUnknown(params: URLSearchParams, strict: boolean, allowed: readonly string[]): void {
  for (const key of new Set(params.keys())) {
    const [name, modifier] = key.split(":");
    if (
      name !== undefined &&
      KNOWN.has(name) &&
      modifier !== undefined &&
      !/^(patient|subject):Patient$/.test(key)
    ) {
      throw new FhirError(400, "not-supported", `Modifier :${modifier} is not supported on ${name}`);
    }
    if (strict && name !== undefined && !KNOWN.has(name) && !IGNORED.has(key) && !allowed.includes(key)) {
      throw new FhirError(400, "not-supported", `Unsupported search parameter: ${key}`);
    }
  }
}

function parseCount(raw: string | null): number {
  if (raw === null) return DEFAULT_COUNT;
  const count = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(count)) {
    throw new FhirError(400, "invalid", "_count must be a non-negative integer");
  }
  return Math.min(count, MAX_COUNT);
}

function parseSort(raw: string | null): "date" | "-date" {
  if (raw === null || raw === "-date") return "-date";
  if (raw === "date") return "date";
  throw new FhirError(400, "not-supported", `Unsupported _sort value [${raw}]; use date or -date`);
}

/**
 * Parses and validates a search; `strict` is `Prefer: handling=strict` (unknown parameters are an error). The
 * page position is the paging style's business; `allowed` names its parameters and the profile's extra ones
 * (Millennium's `period`).
 */
export function parseDocumentReferenceQuery(
  params: URLSearchParams,
  session: FhirSession,
  fhirBase: string,
  strict: boolean,
  allowed: readonly string[] = [PAGE_PARAM],
): DocumentReferenceQuery {
  checkUnknown(params, strict, allowed);
  const hasPatient = checkPatient(params, session, fhirBase);
  const ids = params.getAll("_id").map((v) => v.split(",").filter((id) => id !== ""));
  if (!hasPatient && ids.length === 0) {
    throw new FhirError(400, "required", "A patient (or subject) or _id search parameter is required");
  }
  return {
    ids,
    types: params.getAll("type").map(parseTokenList),
    categories: params.getAll("category").map(parseTokenList),
    statuses: params.getAll("status").map((v) => v.split(",").filter((s) => s !== "")),
    dates: params.getAll("date").map(parseDate),
    periods: allowed.includes("period") ? params.getAll("period").map(parseDate) : [],
    count: parseCount(params.get("_count")),
    sort: parseSort(params.get("_sort")),
  };
}
