import type { IncomingMessage, ServerResponse } from "node:http";
import type { SandboxContext } from "./context";
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

const OPEN_PATHS = new Set([
  "/fhir/metadata",
  "/fhir/.well-known/smart-configuration",
  "/smart-style.json",
  "/auth/jwks",
]);

function corsPolicyFor(path: string): CorsPolicy | undefined {
  if (OPEN_PATHS.has(path)) return "any-origin";
  if (path === "/auth/token" || path === "/fhir" || path.startsWith("/fhir/")) return "app-origin";
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
  ["/auth/authorize", handleAuthorize],
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
  const page = PAGES.get(url.pathname);
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
  const policy = corsPolicyFor(path);
  const cors = policy === undefined ? {} : corsHeaders(req, policy, ctx.appOrigin);
  if (policy !== undefined && req.method === "OPTIONS")
    sendEmpty(res, 204, preflightHeaders(req, policy, ctx.appOrigin));
  else if (path === "/fhir" || path.startsWith("/fhir/")) await handleFhir(ctx, req, res, url, cors);
  else if (path === "/auth/token") await tokenEndpoint(ctx, req, res, cors);
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
  const policy = corsPolicyFor(path);
  const cors = policy === undefined ? {} : corsHeaders(req, policy, ctx.appOrigin);
  if (path.startsWith("/fhir")) {
    sendOutcome(res, new FhirError(500, "exception", "Internal server error"), cors);
  } else if (path === "/auth/token") {
    sendJson(res, 500, { error: "server_error", error_description: "Internal server error" }, cors);
  } else {
    sendErrorPage(res, 500, "Server error", "Something went wrong; see the sandbox log.");
  }
}
