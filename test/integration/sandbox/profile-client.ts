/**
 * Drives a vendor-profile sandbox over HTTP the way a SMART app does: discovery on the persona's base, authorize
 * at the advertised endpoint (EHR launch or the standalone picker), token exchange, FHIR calls, paging.
 */
import { randomBytes } from "node:crypto";
import type { Bundle, DocumentReference } from "fhir/r4";
import { expect } from "vitest";
import { startSandbox, type RunningSandbox } from "../../../sandbox/server";
import type { Persona, ProfileName } from "../../../sandbox/profiles/profile";
import {
  APP_ORIGIN,
  get,
  locationOf,
  pkcePair,
  postForm,
  REDIRECT_URI,
  type TokenResponse,
} from "./sandbox-client";
import { sandboxForFile } from "./sandbox-client";

export const AVA = "p-ava-reyes";

export interface ProfileSandbox extends RunningSandbox {
  personas: Readonly<Record<Persona, string>>;
}

/** One sandbox of the profile (generated dataset in the profile's shapes) for the calling test file. */
export function profileSandboxForFile(profile: ProfileName): ProfileSandbox {
  let personas: Readonly<Record<Persona, string>> | undefined;
  const sb = sandboxForFile(async () => {
    const started = await startSandbox({ port: 0, quiet: true, appOrigin: APP_ORIGIN, profile });
    personas = started.personas;
    return started;
  });
  return Object.defineProperty(sb, "personas", {
    get() {
      if (personas === undefined) throw new Error("The sandbox is used before its beforeAll started it");
      return personas;
    },
  }) as ProfileSandbox;
}

export interface SmartConfiguration {
  authorization_endpoint: string;
  token_endpoint: string;
  code_challenge_methods_supported?: string[];
  scopes_supported: string[];
  capabilities: string[];
}

export async function discover(base: string): Promise<SmartConfiguration> {
  const response = await get(`${base}/.well-known/smart-configuration`);
  expect(response.status).toBe(200);
  return (await response.json()) as SmartConfiguration;
}

export interface LaunchRequest {
  base: string;
  scope: string;
  clientId?: string;
  /** EHR launch with this patient, or (undefined) standalone picking this patient. */
  ehrPatient?: string;
  standalonePatient?: string;
  pkce?: boolean;
  aud?: string;
}

export interface Authorized {
  redirect: URL;
  verifier: string;
  state: string;
  config: SmartConfiguration;
}

async function launchId(sb: RunningSandbox, patient: string): Promise<string> {
  const url = locationOf(await get(`${sb.origin}/ehr/launch?patient=${patient}`));
  return url.searchParams.get("launch") ?? "";
}

/** Runs the authorize step and returns where the server redirected (a code or an error). */
export async function authorizeAt(sb: RunningSandbox, request: LaunchRequest): Promise<Authorized> {
  const config = await discover(request.base);
  const { verifier, challenge } = pkcePair();
  const state = randomBytes(8).toString("hex");
  const params = new URLSearchParams({
    response_type: "code",
    client_id: request.clientId ?? "ccda-viewer",
    redirect_uri: REDIRECT_URI,
    scope: request.scope,
    state,
    aud: request.aud ?? request.base,
  });
  if (request.pkce !== false) {
    params.set("code_challenge", challenge);
    params.set("code_challenge_method", "S256");
  }
  if (request.ehrPatient !== undefined) params.set("launch", await launchId(sb, request.ehrPatient));
  if (request.standalonePatient !== undefined) params.set("sandbox_patient", request.standalonePatient);
  const redirect = locationOf(await get(`${config.authorization_endpoint}?${params.toString()}`));
  return { redirect, verifier, state, config };
}

export function tokenRequest(config: SmartConfiguration, form: Record<string, string>): Promise<Response> {
  return postForm(config.token_endpoint, form);
}

/** Authorize and exchange the code; expects success. */
export async function launch(
  sb: RunningSandbox,
  request: LaunchRequest,
): Promise<TokenResponse & { config: SmartConfiguration }> {
  const { redirect, verifier, config } = await authorizeAt(sb, request);
  expect(redirect.searchParams.get("error"), redirect.searchParams.get("error_description") ?? "").toBeNull();
  const form: Record<string, string> = {
    grant_type: "authorization_code",
    code: redirect.searchParams.get("code") ?? "",
    redirect_uri: REDIRECT_URI,
    client_id: request.clientId ?? "ccda-viewer",
  };
  if (request.pkce !== false) form.code_verifier = verifier;
  const response = await tokenRequest(config, form);
  expect(response.status).toBe(200);
  return { ...((await response.json()) as TokenResponse), config };
}

export function fhir(url: string, token: string, accept = "application/fhir+json"): Promise<Response> {
  return get(url, { authorization: `Bearer ${token}`, accept });
}

export interface Paged {
  pages: Bundle<DocumentReference>[];
  /** Every entry in the order received, duplicates included. */
  ids: string[];
  links: string[];
}

/** Follows `next` links from a first URL until there are none (at most 50 pages). */
export async function followPages(first: string, token: string): Promise<Paged> {
  const result: Paged = { pages: [], ids: [], links: [] };
  let url: string | undefined = first;
  while (url !== undefined && result.pages.length < 50) {
    const response = await fhir(url, token);
    expect(response.status, url).toBe(200);
    const bundle = (await response.json()) as Bundle<DocumentReference>;
    result.pages.push(bundle);
    for (const entry of bundle.entry ?? []) result.ids.push(entry.resource?.id ?? "");
    url = bundle.link?.find((l) => l.relation === "next")?.url;
    if (url !== undefined) result.links.push(url);
  }
  return result;
}

export function resources(paged: Paged): DocumentReference[] {
  const byId = new Map<string, DocumentReference>();
  for (const page of paged.pages) {
    for (const entry of page.entry ?? [])
      if (entry.resource) byId.set(entry.resource.id ?? "", entry.resource);
  }
  return [...byId.values()];
}

export function decodeData(data: string | undefined): Buffer {
  return Buffer.from(data ?? "", "base64");
}
