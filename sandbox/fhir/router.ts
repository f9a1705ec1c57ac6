import type { IncomingMessage, ServerResponse } from "node:http";
import type { SandboxContext } from "../context";
import { capabilityStatement, smartConfiguration } from "../auth/discovery";
import { delayFor, documentReferenceFault, sleep } from "../faults";
import { BodyTooLargeError, isFormEncoded, readForm } from "../http/body";
import { sendFhirJson, sendJson, type Headers } from "../http/respond";
import { authenticate, requireScope, type FhirSession } from "./access";
import { acceptsJson } from "./accept";
import { serveBinary } from "./binary-route";
import { parseDocumentReferenceQuery } from "./document-reference-query";
import { searchDocumentReferences } from "./document-reference-search";
import { searchAllowed } from "../profiles/profile";
import { FhirError, sendOutcome } from "./operation-outcome";
import { runOperation } from "./operations";
import { readDocumentReference, readPatient } from "./read";

const ID_PATTERN = /^[A-Za-z0-9\-.]{1,64}$/;

interface FhirRequest {
  ctx: SandboxContext;
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  headers: Headers;
}

function methodNotAllowed(method: string): FhirError {
  return new FhirError(405, "not-supported", `Method ${method} is not supported here`);
}

function search(r: FhirRequest, session: FhirSession, params: URLSearchParams): void {
  requireScope(session, "DocumentReference", "search");
  const strict = /handling\s*=\s*strict/i.test(String(r.req.headers.prefer ?? ""));
  r.ctx.profile.checkSearch(params);
  const query = parseDocumentReferenceQuery(
    params,
    session,
    r.ctx.fhirBase,
    strict,
    searchAllowed(r.ctx.profile),
  );
  const fault = documentReferenceFault(r.ctx, session.sid, session.options, "search");
  if (fault) throw fault;
  sendFhirJson(r.res, 200, searchDocumentReferences(r.ctx, session, query, params), r.headers);
}

async function searchPost(r: FhirRequest, session: FhirSession): Promise<void> {
  if (!isFormEncoded(r.req)) {
    throw new FhirError(415, "not-supported", "POST _search needs application/x-www-form-urlencoded");
  }
  const params = new URLSearchParams(r.url.searchParams);
  const form = await readForm(r.req).catch((error: unknown) => {
    throw error instanceof BodyTooLargeError ? new FhirError(413, "too-costly", error.message) : error;
  });
  for (const [key, value] of form) params.append(key, value);
  search(r, session, params);
}

function readInstance(r: FhirRequest, session: FhirSession, type: string, id: string): void {
  switch (type) {
    case "Patient":
      sendFhirJson(r.res, 200, readPatient(r.ctx, session, id), r.headers);
      return;
    case "DocumentReference":
      sendFhirJson(r.res, 200, readDocumentReference(r.ctx, session, id), r.headers);
      return;
    case "Binary":
      serveBinary(r.ctx, session, id, r.req, r.res, r.headers);
      return;
    default:
      throw new FhirError(404, "not-supported", `Resource type ${type} is not supported by this server`);
  }
}

async function route(r: FhirRequest, session: FhirSession, segments: string[]): Promise<void> {
  const method = r.req.method ?? "GET";
  const [type = "", id, extra] = segments;
  if (type !== "Binary" && !acceptsJson(r.req.headers.accept)) {
    throw new FhirError(
      406,
      "not-supported",
      "Requested a media type other than JSON; use application/fhir+json",
    );
  }
  if (type === "DocumentReference" && id === undefined) {
    if (method !== "GET") throw methodNotAllowed(method);
    search(r, session, r.url.searchParams);
  } else if (type === "DocumentReference" && id === "_search" && extra === undefined) {
    if (method !== "POST") throw methodNotAllowed(method);
    await searchPost(r, session);
  } else if (id?.startsWith("$") === true && extra === undefined) {
    if (method !== "GET") throw methodNotAllowed(method);
    runOperation(r, session, type, id);
  } else if (id === undefined || extra !== undefined || !ID_PATTERN.test(id)) {
    throw new FhirError(404, "not-found", `No route for ${method} ${r.url.pathname}`);
  } else {
    if (method !== "GET") throw methodNotAllowed(method);
    readInstance(r, session, type, id);
  }
}

/** Soarian answers DocumentReference and OperationOutcome JSON as `application/json+fhir`. */
function withResourceType(ctx: SandboxContext, headers: Headers): Headers {
  return { ...headers, "Content-Type": `${ctx.profile.resourceJsonType}; charset=utf-8` };
}

/** Everything under a FHIR base (`path` is what follows it): open discovery, then the token-protected API. */
export async function handleFhir(
  ctx: SandboxContext,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  path: string,
  headers: Headers,
): Promise<void> {
  try {
    if (path === "/metadata" || path === "/.well-known/smart-configuration") {
      if (req.method !== "GET") throw methodNotAllowed(req.method ?? "");
      if (path === "/metadata") sendFhirJson(res, 200, capabilityStatement(ctx), headers);
      else sendJson(res, 200, smartConfiguration(ctx), headers);
      return;
    }
    const session = await authenticate(ctx, req);
    const delay = delayFor(session.options);
    if (delay > 0) await sleep(delay);
    const segments = path.split("/").filter((s) => s !== "");
    const resourceHeaders = segments[0] === "DocumentReference" ? withResourceType(ctx, headers) : headers;
    await route({ ctx, req, res, url, headers: resourceHeaders }, session, segments);
  } catch (error) {
    if (!(error instanceof FhirError)) throw error;
    sendOutcome(res, error, withResourceType(ctx, headers));
  }
}
