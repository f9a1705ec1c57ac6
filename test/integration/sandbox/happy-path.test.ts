// @vitest-environment node
import { createLocalJWKSet, decodeJwt, jwtVerify, type JSONWebKeySet } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import type { Binary, Bundle, DocumentReference, Patient } from "fhir/r4";
import { AVA, CCDA_TEXT } from "./fixture-dataset";
import {
  CLIENT_ID,
  fhirGet,
  get,
  launchToToken,
  authorizeRequest,
  STANDALONE_SCOPE,
  authorize,
  codeFor,
  exchangeCode,
  type TokenResponse,
  sandboxForFile,
} from "./sandbox-client";

const sb = sandboxForFile();

describe("EHR launch, end to end over HTTP", () => {
  let token: TokenResponse;
  beforeAll(async () => {
    token = await launchToToken(sb, AVA);
  });

  it("returns a complete SMART token response", () => {
    expect(token.token_type).toBe("Bearer");
    expect(token.expires_in).toBe(570);
    expect(token.patient).toBe(AVA);
    expect(token.need_patient_banner).toBe(true);
    expect(token.smart_style_url).toBe(`${sb.origin}/smart-style.json`);
    expect(token.scope.split(" ").sort()).toEqual(
      [
        "launch",
        "openid",
        "fhirUser",
        "online_access",
        "patient/Patient.read",
        "patient/DocumentReference.read",
        "patient/Binary.read",
      ].sort(),
    );
    expect(token.refresh_token).toEqual(expect.any(String));
    expect(decodeJwt(token.access_token).patient).toBe(AVA);
  });

  it("signs an id_token (RS256) that verifies against /auth/jwks with the practitioner as fhirUser", async () => {
    const jwks = (await (await get(`${sb.origin}/auth/jwks`)).json()) as JSONWebKeySet;
    const { payload, protectedHeader } = await jwtVerify(token.id_token ?? "", createLocalJWKSet(jwks), {
      issuer: sb.fhirBase,
      audience: CLIENT_ID,
    });
    expect(protectedHeader.alg).toBe("RS256");
    expect(payload.fhirUser).toBe(`${sb.fhirBase}/Practitioner/pr-lee`);
    expect(payload.sub).toBe("pr-lee");
    expect(payload.exp).toBeGreaterThan(payload.iat ?? Infinity);
  });

  it("reads the patient in context", async () => {
    const response = await fhirGet(sb, `Patient/${AVA}`, token.access_token);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/fhir\+json/);
    expect(((await response.json()) as Patient).id).toBe(AVA);
  });

  it("pages through every DocumentReference by following next links, then reads a Binary both ways", async () => {
    const seen: string[] = [];
    let url: string | undefined = `DocumentReference?patient=${AVA}&_count=5`;
    while (url !== undefined) {
      const response = await fhirGet(sb, url, token.access_token);
      expect(response.status).toBe(200);
      const bundle = (await response.json()) as Bundle<DocumentReference>;
      expect(bundle.total).toBe(13);
      for (const entry of bundle.entry ?? []) seen.push(entry.resource?.id ?? "");
      url = bundle.link?.find((l) => l.relation === "next")?.url;
    }
    expect(seen).toHaveLength(13);
    expect(new Set(seen).size).toBe(13);

    const docResponse = await fhirGet(sb, `DocumentReference/${seen[0] ?? ""}`, token.access_token);
    const doc = (await docResponse.json()) as DocumentReference;
    const binaryUrl = doc.content[0]?.attachment.url ?? "";
    expect(binaryUrl).toMatch(/^Binary\//);

    const asResource = await fhirGet(sb, binaryUrl, token.access_token);
    expect(asResource.status).toBe(200);
    const binary = (await asResource.json()) as Binary;
    expect(binary.resourceType).toBe("Binary");
    expect(binary.contentType).toBe("application/xml");
    expect(Buffer.from(binary.data ?? "", "base64").toString("utf8")).toBe(CCDA_TEXT);

    const raw = await fhirGet(sb, binaryUrl, token.access_token, { accept: "application/xml" });
    expect(raw.status).toBe(200);
    expect(raw.headers.get("content-type")).toBe("application/xml");
    expect(await raw.text()).toBe(CCDA_TEXT);
  });
});

describe("standalone launch", () => {
  it("shows a patient picker whose Select link continues the flow with that patient", async () => {
    const request = authorizeRequest(sb, undefined, STANDALONE_SCOPE);
    const picker = await authorize(sb, request.params);
    expect(picker.status).toBe(200);
    expect(picker.headers.get("content-security-policy")).toContain("default-src 'none'");
    const html = await picker.text();
    const match = /<a class="button" href="([^"]+)">Select Ava Reyes<\/a>/.exec(html);
    expect(match).not.toBeNull();
    const href = (match?.[1] ?? "").replaceAll("&amp;", "&");
    const picked = new URLSearchParams(new URL(href, sb.origin).search);
    expect(picked.get("state")).toBe(request.state);

    const code = await codeFor(sb, { ...request, params: picked });
    const response = await exchangeCode(sb, code, request.verifier);
    const token = (await response.json()) as TokenResponse;
    expect(token.patient).toBe(AVA);
    expect(token.scope).toContain("launch/patient");
    expect(decodeJwt(token.id_token ?? "").fhirUser).toBe(`${sb.fhirBase}/Patient/${AVA}`);
  });
});
