import type { IncomingMessage, ServerResponse } from "node:http";
import type { SandboxContext } from "../context";
import { sendEmpty, type Headers } from "../http/respond";
import { requireBinaryScopes, type FhirSession } from "./access";
import { negotiateBinary, negotiateJsonOnly } from "./accept";
import { readBinary } from "./binary";

/** GET <base>/Binary/<id> with the profile's scope rule and content negotiation. */
export function serveBinary(
  ctx: SandboxContext,
  session: FhirSession,
  id: string,
  req: IncomingMessage,
  res: ServerResponse,
  headers: Headers,
): void {
  requireBinaryScopes(ctx, session);
  if (ctx.profile.binaryAccept === "json-only") {
    // Soarian answers any Accept but the JSON types with a bare 406 (Content-Length: 0).
    if (negotiateJsonOnly(req.headers.accept) === undefined) {
      sendEmpty(res, 406, { ...headers, "Content-Length": "0" });
      return;
    }
    readBinary(ctx, session, id, req, res, headers, negotiateJsonOnly);
    return;
  }
  readBinary(ctx, session, id, req, res, headers, negotiateBinary);
}
