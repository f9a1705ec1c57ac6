import type { IncomingMessage } from "node:http";
import type { Headers } from "./respond";

/**
 * CORS policy (SMART App Launch 2.2): discovery documents are open to any origin; the token endpoint and the FHIR
 * API only to the registered app origin. Other origins get no Access-Control-Allow-Origin, so browsers block them.
 */
export type CorsPolicy = "any-origin" | "app-origin";

const ALLOW_HEADERS = "authorization, content-type, accept, prefer";
const EXPOSE_HEADERS = "WWW-Authenticate, Retry-After, Location, Content-Location";

export function corsHeaders(req: IncomingMessage, policy: CorsPolicy, appOrigin: string): Headers {
  const origin = req.headers.origin;
  if (policy === "any-origin") {
    return { "Access-Control-Allow-Origin": "*", "Access-Control-Expose-Headers": EXPOSE_HEADERS };
  }
  if (origin !== appOrigin) return { Vary: "Origin" };
  return {
    "Access-Control-Allow-Origin": appOrigin,
    "Access-Control-Expose-Headers": EXPOSE_HEADERS,
    Vary: "Origin",
  };
}

export function preflightHeaders(req: IncomingMessage, policy: CorsPolicy, appOrigin: string): Headers {
  const headers = corsHeaders(req, policy, appOrigin);
  if (!("Access-Control-Allow-Origin" in headers)) return headers;
  return {
    ...headers,
    "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
    "Access-Control-Allow-Headers": ALLOW_HEADERS,
    "Access-Control-Max-Age": "600",
  };
}
