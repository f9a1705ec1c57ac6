import type { ServerResponse } from "node:http";

export type Headers = Record<string, string>;

/** Headers every sandbox response carries: nothing is sniffed, nothing leaks through the Referer. */
const BASE_HEADERS: Headers = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
};

export function send(res: ServerResponse, status: number, body: string | Uint8Array, headers: Headers): void {
  const bytes = typeof body === "string" ? Buffer.from(body, "utf8") : body;
  res.writeHead(status, { ...BASE_HEADERS, ...headers, "Content-Length": String(bytes.byteLength) });
  res.end(bytes);
}

function sendJsonAs(
  mediaType: string,
  res: ServerResponse,
  status: number,
  value: unknown,
  headers: Headers,
): void {
  send(res, status, JSON.stringify(value, null, 2), {
    "Content-Type": `${mediaType}; charset=utf-8`,
    ...headers,
  });
}

export function sendJson(res: ServerResponse, status: number, value: unknown, headers: Headers = {}): void {
  sendJsonAs("application/json", res, status, value, headers);
}

export function sendFhirJson(
  res: ServerResponse,
  status: number,
  value: unknown,
  headers: Headers = {},
): void {
  sendJsonAs("application/fhir+json", res, status, value, headers);
}

export function redirect(res: ServerResponse, location: string): void {
  send(res, 302, "", { Location: location, "Cache-Control": "no-store" });
}

export function sendEmpty(res: ServerResponse, status: number, headers: Headers = {}): void {
  res.writeHead(status, { ...BASE_HEADERS, ...headers });
  res.end();
}
