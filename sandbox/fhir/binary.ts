import type { IncomingMessage, ServerResponse } from "node:http";
import type { Binary } from "fhir/r4";
import type { SandboxContext } from "../context";
import { binaryFault, maybeTruncate } from "../faults";
import { send, sendFhirJson, type Headers } from "../http/respond";
import { requireScope, type FhirSession } from "./access";
import { negotiateBinary } from "./accept";
import { FhirError } from "./operation-outcome";

/** GET /fhir/Binary/<id> */
export function readBinary(
  ctx: SandboxContext,
  session: FhirSession,
  id: string,
  req: IncomingMessage,
  res: ServerResponse,
  headers: Headers,
): void {
  requireScope(session, "Binary", "read");
  const stored = ctx.dataset.binaries.get(id);
  // Another patient's Binary answers exactly like a missing one: nothing about its existence leaks.
  if (stored === undefined || stored.patientId !== session.patient) {
    throw new FhirError(404, "not-found", `Binary/${id} not found`);
  }
  const fault = binaryFault(session.options, id);
  if (fault) throw fault;
  const bytes = maybeTruncate(session.options, stored.bytes);
  const representation = negotiateBinary(req.headers.accept, stored.contentType);
  if (representation === undefined) {
    throw new FhirError(
      406,
      "not-supported",
      `Not acceptable: request application/fhir+json for the Binary resource or ${stored.contentType} for the raw document`,
    );
  }
  if (representation === "raw") {
    send(res, 200, bytes, { ...headers, "Content-Type": stored.contentType });
    return;
  }
  const binary: Binary = {
    resourceType: "Binary",
    id: stored.id,
    contentType: stored.contentType,
    data: Buffer.from(bytes).toString("base64"),
  };
  sendFhirJson(res, 200, binary, headers);
}
