import type { ServerResponse } from "node:http";
import type { SandboxContext } from "./context";
import { send, type Headers } from "./http/respond";
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

/** Whether the binary-* faults hit this Binary: every one, or only the one named by `fault_binary`. */
export function targetsBinary(options: LaunchOptions, id: string): boolean {
  return options.faultBinary === undefined || options.faultBinary === id;
}

/** Faults that replace a Binary response. */
export function binaryFault(options: LaunchOptions, id: string): FhirError | undefined {
  if (!targetsBinary(options, id)) return undefined;
  if (hasFault(options, "binary-404")) return new FhirError(404, "not-found", `Binary/${id} not found`);
  if (hasFault(options, "binary-500")) {
    return internalServerError();
  }
  return undefined;
}

/** `truncated`: the document's bytes cut in half, as a broken proxy or an interrupted export would leave them. */
export function maybeTruncate(options: LaunchOptions, bytes: Uint8Array, id?: string): Uint8Array {
  if (id !== undefined && !targetsBinary(options, id)) return bytes;
  return hasFault(options, "truncated") ? bytes.subarray(0, Math.floor(bytes.byteLength / 2)) : bytes;
}

/** `binary-slow`: how long a Binary answer is held back (long enough to leave the document meanwhile). */
export const BINARY_SLOW_DELAY_MS = 5000;

export function binaryDelay(options: LaunchOptions, id: string): number {
  return hasFault(options, "binary-slow") && targetsBinary(options, id) ? BINARY_SLOW_DELAY_MS : 0;
}

/** `binary-not-xml`: what a mislabelled Binary holds instead of the document (a ZIP archive's first bytes). */
const NOT_XML = Uint8Array.from([
  0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0xff, 0xfe, 0x00, 0x01,
]);

export function maybeNotXml(options: LaunchOptions, bytes: Uint8Array, id: string): Uint8Array {
  return hasFault(options, "binary-not-xml") && targetsBinary(options, id) ? NOT_XML : bytes;
}

/**
 * Broken Binary answers sent as a misbehaving server or proxy would: `binary-bad-json` (a JSON body cut off),
 * `binary-bad-base64` (Binary.data that is not base64), `binary-cut-body` (the connection drops halfway
 * through a body whose Content-Length promised more). Returns false when no such fault applies.
 */
export function sendFaultyBinary(
  res: ServerResponse,
  options: LaunchOptions,
  id: string,
  contentType: string,
  headers: Headers,
): boolean {
  if (!targetsBinary(options, id)) return false;
  const json = { ...headers, "Content-Type": "application/fhir+json; charset=utf-8" };
  if (hasFault(options, "binary-bad-json")) {
    send(
      res,
      200,
      `{"resourceType":"Binary","id":"${id}","contentType":"${contentType}","data":"PD94bWwg`,
      json,
    );
    return true;
  }
  if (hasFault(options, "binary-bad-base64")) {
    const body = JSON.stringify({
      resourceType: "Binary",
      id,
      contentType,
      data: "<ClinicalDocument>not base64!",
    });
    send(res, 200, body, json);
    return true;
  }
  if (hasFault(options, "binary-cut-body")) {
    const body = Buffer.from(
      JSON.stringify({ resourceType: "Binary", id, contentType, data: "A".repeat(4096) }),
    );
    res.writeHead(200, { ...json, "Content-Length": String(body.byteLength) });
    res.write(body.subarray(0, 1000));
    // Let the first bytes go out, then drop the connection mid-body.
    setTimeout(() => res.destroy(), 50);
    return true;
  }
  return false;
}
