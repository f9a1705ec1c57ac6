import type { SandboxContext } from "./context";
import { hasFault, type LaunchOptions } from "./launch-options";
import { FhirError } from "./fhir/operation-outcome";

/** `slow`: how long each FHIR response of the session is held back. */
export const SLOW_DELAY_MS = 1500;

export function delayFor(options: LaunchOptions): number {
  return hasFault(options, "slow") ? SLOW_DELAY_MS : 0;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The 500 both docref-500 and binary-500 answer with, worded like Oracle Health's. */
function internalServerError(): FhirError {
  return new FhirError(500, "exception", "Unable to process the request. Internal server error occurred.");
}

/** Faults that replace a DocumentReference response: 500 on search and read, the one 429 on search only. */
export function documentReferenceFault(
  ctx: SandboxContext,
  sid: string,
  options: LaunchOptions,
  interaction: "read" | "search",
): FhirError | undefined {
  if (hasFault(options, "docref-500")) {
    return internalServerError();
  }
  if (interaction === "search" && hasFault(options, "docref-429") && !ctx.throttledSessions.has(sid)) {
    ctx.throttledSessions.add(sid);
    return new FhirError(429, "throttled", "Too many requests; retry after 1 second.", {
      "Retry-After": "1",
    });
  }
  return undefined;
}

/** Faults that replace a Binary response. */
export function binaryFault(options: LaunchOptions, id: string): FhirError | undefined {
  if (hasFault(options, "binary-404")) return new FhirError(404, "not-found", `Binary/${id} not found`);
  if (hasFault(options, "binary-500")) {
    return internalServerError();
  }
  return undefined;
}

/** `truncated`: the document's bytes cut in half, as a broken proxy or an interrupted export would leave them. */
export function maybeTruncate(options: LaunchOptions, bytes: Uint8Array): Uint8Array {
  return hasFault(options, "truncated") ? bytes.subarray(0, Math.floor(bytes.byteLength / 2)) : bytes;
}
