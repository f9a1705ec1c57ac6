/** Vendor-specific search validation (Oracle Health documents these 400s; the generic parser is more lenient). */
import { FhirError } from "../fhir/operation-outcome";
import { parseTokenList } from "../fhir/search-params";

/** Nothing beyond the generic parser. */
export function noExtraRules(): void {
  // The generic DocumentReference parser already enforces what a strict SMART server does.
}

/** Soarian: "The `category` parameter only supports the code `clinical-note`." */
export function soarianSearchRules(params: URLSearchParams): void {
  for (const raw of params.getAll("category")) {
    for (const token of parseTokenList(raw)) {
      if (token.code !== "clinical-note") {
        throw new FhirError(
          400,
          "not-supported",
          `The category code [${token.code ?? ""}] is not supported. Only clinical-note is supported.`,
        );
      }
    }
  }
}

const PREFIX = /^(eq|ge|gt|le|lt)?(\d{4}.*)$/;
const HAS_TIME = /T\d{2}:\d{2}/;

function bad(message: string): FhirError {
  return new FhirError(400, "invalid", message);
}

function prefixOf(name: string, raw: string): { prefix: string; value: string } {
  const match = PREFIX.exec(raw);
  if (!match) {
    throw bad(
      `Invalid date comparator [${raw.slice(0, 2)}] for [${name}] parameter. Supported comparators are eq, gt, lt, ge, and le.`,
    );
  }
  return { prefix: match[1] ?? "eq", value: match[2] ?? "" };
}

function checkDates(dates: string[]): void {
  if (dates.length > 2) throw bad("The date parameter may be provided at most twice.");
  if (dates.length < 2) {
    for (const d of dates) prefixOf("date", d);
    return;
  }
  const parsed = dates.map((d) => prefixOf("date", d));
  const lower = parsed.filter((d) => d.prefix === "ge" || d.prefix === "gt").length;
  const upper = parsed.filter((d) => d.prefix === "le" || d.prefix === "lt").length;
  if (lower !== 1 || upper !== 1) {
    throw bad(
      "When date is provided twice, one must have a ge or gt prefix and the other an le or lt prefix.",
    );
  }
  if (!parsed.every((d) => HAS_TIME.test(d.value))) {
    throw bad("When date is provided twice, both values must include a time component.");
  }
}

function checkPeriod(periods: string[]): void {
  const parsed = periods.map((p) => prefixOf("period", p));
  const prefixes = parsed.map((p) => p.prefix).sort();
  if (parsed.length !== 2 || prefixes[0] !== "ge" || prefixes[1] !== "lt") {
    throw bad(
      "The period parameter must be provided twice, once with the ge prefix and once with the lt prefix.",
    );
  }
  const [a, b] = parsed;
  if (a?.value.length !== b?.value.length) throw bad("Both period values must have the same precision.");
}

const ID_COMPANIONS = new Set(["_id", "_revinclude", "_count", "_format"]);

/** Millennium: the documented date/period/_lastUpdated/_id rules, each a 400 OperationOutcome. */
export function millenniumSearchRules(params: URLSearchParams): void {
  const keys = new Set(params.keys());
  if (keys.has("_id") && [...keys].some((k) => !ID_COMPANIONS.has(k))) {
    throw bad("The _id parameter must not be provided with any other parameters, except _revinclude.");
  }
  const dateLike = ["date", "period", "_lastUpdated"].filter((k) => keys.has(k));
  if (dateLike.length > 1) throw bad(`The ${dateLike.join(", ")} parameters cannot be combined.`);
  checkDates(params.getAll("date"));
  if (keys.has("period")) checkPeriod(params.getAll("period"));
}
