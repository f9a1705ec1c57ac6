import { createHash, randomBytes } from "node:crypto";
import { afterAll, beforeAll, expect } from "vitest";
import { startSandbox, type RunningSandbox, type SandboxOptions } from "../../../sandbox/server";
import { buildFixtureDataset } from "./fixture-dataset";

/** Helpers that drive the sandbox over real HTTP the way a SMART app (fhirclient) does. */
export const APP_ORIGIN = "http://127.0.0.1:5173";
export const REDIRECT_URI = `${APP_ORIGIN}/viewer`;
export const CLIENT_ID = "ccda-viewer";
export const EHR_SCOPE =
  "launch openid fhirUser online_access patient/Patient.read patient/DocumentReference.read patient/Binary.read";
export const STANDALONE_SCOPE = EHR_SCOPE.replace(/^launch /, "launch/patient ");

/** A sandbox on a free port with the fixture dataset and no request log, unless `overrides` say otherwise. */
export function startTestSandbox(overrides: SandboxOptions = {}): Promise<RunningSandbox> {
  return startSandbox({
    port: 0,
    quiet: true,
    appOrigin: APP_ORIGIN,
    dataset: buildFixtureDataset(),
    ...overrides,
  });
}

/**
 * One sandbox for the calling test file: started before its tests, closed after them. Call at the top of the
 * file; the returned object forwards to the running sandbox, so tests and later hooks use it like one.
 */
export function sandboxForFile(start: () => Promise<RunningSandbox> = startTestSandbox): RunningSandbox {
  let running: RunningSandbox | undefined;
  beforeAll(async () => {
    running = await start();
  });
  afterAll(() => running?.close());
  const current = (): RunningSandbox => {
    if (running === undefined) throw new Error("The sandbox is used before its beforeAll started it");
    return running;
  };
  return {
    get origin() {
      return current().origin;
    },
    get fhirBase() {
      return current().fhirBase;
    },
    close: () => current().close(),
  };
}

export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString("base64url");
  return { verifier, challenge: createHash("sha256").update(verifier).digest("base64url") };
}

export function get(url: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { redirect: "manual", headers });
}

export function locationOf(response: Response): URL {
  expect(response.status).toBe(302);
  const location = response.headers.get("location");
  expect(location).not.toBeNull();
  return new URL(location ?? "");
}

/** /ehr/launch → the app's launch URL; returns the `launch` parameter. */
export async function ehrLaunch(sb: RunningSandbox, patient: string, options = ""): Promise<string> {
  const url = locationOf(
    await get(`${sb.origin}/ehr/launch?patient=${patient}${options ? `&${options}` : ""}`),
  );
  expect(url.origin + url.pathname).toBe(`${APP_ORIGIN}/launch`);
  expect(url.searchParams.get("iss")).toBe(sb.fhirBase);
  return url.searchParams.get("launch") ?? "";
}

export interface AuthorizeRequest {
  params: URLSearchParams;
  verifier: string;
  state: string;
}

export function authorizeRequest(
  sb: RunningSandbox,
  launch: string | undefined,
  scope = EHR_SCOPE,
): AuthorizeRequest {
  const { verifier, challenge } = pkcePair();
  const state = randomBytes(16).toString("hex");
  const params = new URLSearchParams({
    response_type: "code",
    client_id: CLIENT_ID,
    redirect_uri: REDIRECT_URI,
    scope,
    state,
    aud: sb.fhirBase,
    code_challenge: challenge,
    code_challenge_method: "S256",
  });
  if (launch !== undefined) params.set("launch", launch);
  return { params, verifier, state };
}

export function authorize(sb: RunningSandbox, params: URLSearchParams): Promise<Response> {
  return get(`${sb.origin}/auth/authorize?${params.toString()}`);
}

/** Authorize and expect a code back on the redirect URI with our state. */
export async function codeFor(sb: RunningSandbox, request: AuthorizeRequest): Promise<string> {
  const url = locationOf(await authorize(sb, request.params));
  expect(url.origin + url.pathname).toBe(REDIRECT_URI);
  expect(url.searchParams.get("error")).toBeNull();
  expect(url.searchParams.get("state")).toBe(request.state);
  return url.searchParams.get("code") ?? "";
}

export function postForm(
  url: string,
  form: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(url, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams(form).toString(),
  });
}

export function exchangeCode(sb: RunningSandbox, code: string, verifier: string): Promise<Response> {
  return postForm(`${sb.origin}/auth/token`, {
    grant_type: "authorization_code",
    code,
    redirect_uri: REDIRECT_URI,
    client_id: CLIENT_ID,
    code_verifier: verifier,
  });
}

export interface TokenResponse {
  access_token: string;
  token_type: string;
  expires_in: number;
  scope: string;
  patient: string;
  encounter?: string;
  need_patient_banner: boolean;
  smart_style_url: string;
  id_token?: string;
  refresh_token?: string;
}

/** The whole EHR launch: launch id → authorize → code → token response. */
export async function launchToToken(
  sb: RunningSandbox,
  patient: string,
  options = "",
  scope = EHR_SCOPE,
): Promise<TokenResponse> {
  const request = authorizeRequest(sb, await ehrLaunch(sb, patient, options), scope);
  const response = await exchangeCode(sb, await codeFor(sb, request), request.verifier);
  expect(response.status).toBe(200);
  return (await response.json()) as TokenResponse;
}

export function fhirGet(
  sb: RunningSandbox,
  path: string,
  token: string,
  headers: Record<string, string> = {},
): Promise<Response> {
  const url = path.startsWith("http") ? path : `${sb.fhirBase}/${path}`;
  return get(url, { authorization: `Bearer ${token}`, accept: "application/fhir+json", ...headers });
}

export interface Outcome {
  resourceType: string;
  issue: { severity: string; code: string; diagnostics?: string }[];
}

export async function expectOutcome(response: Response, status: number): Promise<Outcome> {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toMatch(/^application\/fhir\+json/);
  const body = (await response.json()) as Outcome;
  expect(body.resourceType).toBe("OperationOutcome");
  expect(body.issue.length).toBeGreaterThan(0);
  return body;
}
