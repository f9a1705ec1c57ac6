/**
 * Launch options: how a test or a developer makes one session misbehave (contract "Launch options / fault
 * injection"). They are read from the /ehr/launch query string and travel, serialized the same way, inside the
 * signed launch id, the code, the access token and the refresh token.
 */
export const FAULT_NAMES = [
  "binary-404",
  "binary-500",
  "docref-429",
  "docref-500",
  "slow",
  "truncated",
  "expire-now",
  "refresh-fail",
  // Binary bodies that arrive broken (sandbox/faults.ts): each must become a clear message in the app.
  "binary-bad-base64",
  "binary-bad-json",
  "binary-not-xml",
  "binary-cut-body",
  "binary-slow",
] as const;

export type FaultName = (typeof FAULT_NAMES)[number];

export interface LaunchOptions {
  tokenLifetimeSeconds?: number;
  denyScopes: string[];
  faults: FaultName[];
  encounter?: string;
  needPatientBanner: boolean;
  /** `fault_binary`: the binary-* faults hit only this Binary id (all Binaries when absent). */
  faultBinary?: string;
}

export type ParsedOptions = { ok: true; options: LaunchOptions } | { ok: false; message: string };

export const DEFAULT_LAUNCH_OPTIONS: LaunchOptions = { denyScopes: [], faults: [], needPatientBanner: true };

function isFault(value: string): value is FaultName {
  return (FAULT_NAMES as readonly string[]).includes(value);
}

function parseLifetime(raw: string | null): number | undefined | Error {
  if (raw === null || raw === "") return undefined;
  const seconds = Number(raw);
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > 86_400) {
    return new Error("token_lifetime must be a whole number of seconds between 1 and 86400");
  }
  return seconds;
}

export function parseLaunchOptions(params: URLSearchParams): ParsedOptions {
  const lifetime = parseLifetime(params.get("token_lifetime"));
  if (lifetime instanceof Error) return { ok: false, message: lifetime.message };
  const faults: FaultName[] = [];
  for (const fault of params.getAll("fault").filter((f) => f !== "")) {
    if (!isFault(fault)) return { ok: false, message: `Unknown fault "${fault}"` };
    faults.push(fault);
  }
  const banner = params.get("need_patient_banner");
  if (banner !== null && banner !== "" && banner !== "true" && banner !== "false") {
    return { ok: false, message: "need_patient_banner must be true or false" };
  }
  const options: LaunchOptions = {
    denyScopes: params.getAll("deny_scope").filter((s) => s !== ""),
    faults,
    needPatientBanner: banner !== "false",
  };
  if (lifetime !== undefined) options.tokenLifetimeSeconds = lifetime;
  const encounter = params.get("encounter");
  if (encounter !== null && encounter !== "") options.encounter = encounter;
  const faultBinary = params.get("fault_binary");
  if (faultBinary !== null && faultBinary !== "") options.faultBinary = faultBinary;
  return { ok: true, options };
}

/** The query-string form of the options, used in links and inside signed tokens. */
export function serializeLaunchOptions(options: LaunchOptions): string {
  const params = new URLSearchParams();
  if (options.tokenLifetimeSeconds !== undefined) {
    params.set("token_lifetime", String(options.tokenLifetimeSeconds));
  }
  for (const scope of options.denyScopes) params.append("deny_scope", scope);
  for (const fault of options.faults) params.append("fault", fault);
  if (options.encounter !== undefined) params.set("encounter", options.encounter);
  if (!options.needPatientBanner) params.set("need_patient_banner", "false");
  if (options.faultBinary !== undefined) params.set("fault_binary", options.faultBinary);
  return params.toString();
}

/** Options from a token we signed ourselves; a malformed value falls back to the defaults. */
export function launchOptionsFromClaim(serialized: string): LaunchOptions {
  const parsed = parseLaunchOptions(new URLSearchParams(serialized));
  return parsed.ok ? parsed.options : DEFAULT_LAUNCH_OPTIONS;
}

export function hasFault(options: LaunchOptions, fault: FaultName): boolean {
  return options.faults.includes(fault);
}
