import type { IncomingMessage, ServerResponse } from "node:http";
import { withPersona, type SandboxContext } from "./context";
import { handleAuthorize } from "./auth/authorize";
import { SMART_STYLE } from "./auth/discovery";
import { handleToken } from "./auth/token";
import { sendLandingPage } from "./ehr/landing";
import { handleEhrLaunch } from "./ehr/launch";
import { sendEhrPage } from "./ehr/pages";
import { handleFhir } from "./fhir/router";
import { FhirError, sendOutcome } from "./fhir/operation-outcome";
import { corsHeaders, preflightHeaders, type CorsPolicy } from "./http/cors";
import { sendEmpty, sendJson, type Headers } from "./http/respond";
import { sendErrorPage } from "./html";
import { sleep } from "./faults";
import { sendErrorUriPage } from "./ehr/error-uri-page";
import { DISCOVERY_PATHS, matchAuthorize, matchFhirBase } from "./profiles/paths";

const OPEN_PATHS = new Set(["/smart-style.json", "/auth/jwks"]);

function corsPolicyFor(ctx: SandboxContext, path: string): CorsPolicy | undefined {
  const fhir = matchFhirBase(ctx.profile, path);
  if (OPEN_PATHS.has(path) || (fhir !== undefined && DISCOVERY_PATHS.has(fhir.rest))) return "any-origin";
  if (path === ctx.profile.tokenPath || fhir !== undefined) return "app-origin";
  return undefined;
}

function isGet(req: IncomingMessage): boolean {
  return req.method === "GET" || req.method === "HEAD";
}

type PageHandler = (ctx: SandboxContext, res: ServerResponse, url: URL) => void | Promise<void>;

const PAGES = new Map<string, PageHandler>([
  ["/", sendLandingPage],
  ["/ehr", sendEhrPage],
  ["/ehr/launch", handleEhrLaunch],
  [
    "/favicon.ico",
    (_ctx, res) => {
      sendEmpty(res, 204);
    },
  ],
]);

async function routePage(
  ctx: SandboxContext,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const persona = matchAuthorize(ctx.profile, url.pathname);
  const page: PageHandler | undefined =
    persona !== undefined
      ? (c, r, u) => handleAuthorize(withPersona(c, persona), r, u)
      : url.pathname.startsWith("/errors/")
        ? sendErrorUriPage
        : PAGES.get(url.pathname);
  if (page === undefined) sendErrorPage(res, 404, "Not found", `Nothing at ${url.pathname}.`);
  else if (!isGet(req))
    sendErrorPage(res, 405, "Method not allowed", `${req.method ?? ""} is not supported here.`);
  else await page(ctx, res, url);
}

async function tokenEndpoint(ctx: SandboxContext, req: IncomingMessage, res: ServerResponse, cors: Headers) {
  if (req.method === "POST") await handleToken(ctx, req, res, cors);
  else
    sendJson(
      res,
      405,
      { error: "invalid_request", error_description: "Use POST" },
      { ...cors, Allow: "POST" },
    );
}

/** Dispatches one request. Errors escaping a handler are the caller's (server.ts) to turn into a 500. */
export async function routeRequest(
  ctx: SandboxContext,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? "/", ctx.origin);
  const path = url.pathname;
  const policy = corsPolicyFor(ctx, path);
  const cors = policy === undefined ? {} : corsHeaders(req, policy, ctx.appOrigin);
  const fhir = matchFhirBase(ctx.profile, path);
  if (policy !== undefined && req.method === "OPTIONS") {
    sendEmpty(res, 204, preflightHeaders(req, policy, ctx.appOrigin));
    return;
  }
  if (ctx.latencyMs > 0 && (fhir !== undefined || path === ctx.profile.tokenPath)) await sleep(ctx.latencyMs);
  if (fhir !== undefined) await handleFhir(withPersona(ctx, fhir.persona), req, res, url, fhir.rest, cors);
  else if (path === ctx.profile.tokenPath) await tokenEndpoint(ctx, req, res, cors);
  else if (path === "/auth/jwks" && isGet(req)) sendJson(res, 200, { keys: [ctx.keys.publicJwk] }, cors);
  else if (path === "/smart-style.json" && isGet(req)) sendJson(res, 200, SMART_STYLE, cors);
  else await routePage(ctx, req, res, url);
}

/** The last line of defence: log the details to stderr, answer a bare 500 in the path's own dialect. */
export function sendInternalError(
  ctx: SandboxContext,
  req: IncomingMessage,
  res: ServerResponse,
  error: unknown,
): void {
  console.error("sandbox: unhandled error", error);
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const path = new URL(req.url ?? "/", ctx.origin).pathname;
  const policy = corsPolicyFor(ctx, path);
  const cors = policy === undefined ? {} : corsHeaders(req, policy, ctx.appOrigin);
  if (matchFhirBase(ctx.profile, path) !== undefined) {
    sendOutcome(res, new FhirError(500, "exception", "Internal server error"), cors);
  } else if (path === ctx.profile.tokenPath) {
    sendJson(res, 500, { error: "server_error", error_description: "Internal server error" }, cors);
  } else {
    sendErrorPage(res, 500, "Server error", "Something went wrong; see the sandbox log.");
  }
}
