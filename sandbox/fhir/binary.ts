import type { IncomingMessage, ServerResponse } from "node:http";
import type { Binary } from "fhir/r4";
import type { SandboxContext } from "../context";
import { binaryDelay, binaryFault, maybeNotXml, maybeTruncate, sendFaultyBinary } from "../faults";
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
  // Profiles choose the negotiation (Soarian: only the JSON resource); Millennium's rules by default.
  negotiate: typeof negotiateBinary = negotiateBinary,
): void {
  requireScope(session, "Binary", "read");
  const stored = ctx.dataset.binaries.get(id);
  // Another patient's Binary answers exactly like a missing one: nothing about its existence leaks.
  if (stored === undefined || stored.patientId !== session.patient) {
    throw new FhirError(404, "not-found", `Binary/${id} not found`);
  }
  const fault = binaryFault(session.options, id);
  if (fault) throw fault;
  const bytes = maybeNotXml(session.options, maybeTruncate(session.options, stored.bytes, id), id);
  const representation = negotiate(req.headers.accept, stored.contentType);
  if (representation === undefined) {
    throw new FhirError(
      406,
      "not-supported",
      `Not acceptable: request application/fhir+json for the Binary resource or ${stored.contentType} for the raw document`,
    );
  }
  if (sendFaultyBinary(res, session.options, id, stored.contentType, headers)) return;
  const respond = () => {
    if (res.destroyed) return; // the app gave up waiting (binary-slow): nothing to answer
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
  };
  const delay = binaryDelay(session.options, id);
  if (delay > 0) setTimeout(respond, delay);
  else respond();
}
