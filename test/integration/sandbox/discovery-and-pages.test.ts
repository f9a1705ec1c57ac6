// @vitest-environment node
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { CapabilityStatement } from "fhir/r4";
import { AVA } from "./fixture-dataset";
import { APP_ORIGIN, fhirGet, get, launchToToken, postForm, sandboxForFile } from "./sandbox-client";

const sb = sandboxForFile();

describe("discovery", () => {
  it("serves the SMART configuration without a token, open to any origin", async () => {
    const response = await get(`${sb.fhirBase}/.well-known/smart-configuration`, {
      origin: "https://anywhere.example",
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const config = (await response.json()) as Record<string, unknown>;
    expect(config).toMatchObject({
      issuer: sb.fhirBase,
      authorization_endpoint: `${sb.origin}/auth/authorize`,
      token_endpoint: `${sb.origin}/auth/token`,
      jwks_uri: `${sb.origin}/auth/jwks`,
      code_challenge_methods_supported: ["S256"],
      response_types_supported: ["code"],
    });
    expect(config.grant_types_supported).toEqual(["authorization_code", "refresh_token"]);
    expect(config.scopes_supported).toEqual(
      expect.arrayContaining(["launch", "patient/Binary.read", "patient/Binary.rs"]),
    );
    expect(config.capabilities).toEqual(
      expect.arrayContaining([
        "launch-ehr",
        "launch-standalone",
        "client-public",
        "context-ehr-patient",
        "context-standalone-patient",
        "permission-v1",
        "permission-v2",
        "permission-patient",
        "sso-openid-connect",
        "context-banner",
        "context-style",
      ]),
    );
  });

  it("serves an R4 CapabilityStatement with the SMART oauth-uris extension", async () => {
    const response = await get(`${sb.fhirBase}/metadata`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/fhir\+json/);
    const statement = (await response.json()) as CapabilityStatement;
    expect(statement.fhirVersion).toBe("4.0.1");
    const rest = statement.rest?.[0];
    expect(rest?.security?.service?.[0]?.coding?.[0]?.code).toBe("SMART-on-FHIR");
    const oauth = rest?.security?.extension?.find((e) => e.url.endsWith("/oauth-uris"));
    expect(oauth?.extension?.find((e) => e.url === "token")?.valueUri).toBe(`${sb.origin}/auth/token`);
    expect(oauth?.extension?.find((e) => e.url === "authorize")?.valueUri).toBe(
      `${sb.origin}/auth/authorize`,
    );
    const docref = rest?.resource?.find((r) => r.type === "DocumentReference");
    expect(docref?.interaction?.map((i) => i.code).sort()).toEqual(["read", "search-type"]);
    expect(docref?.searchParam?.map((p) => p.name)).toEqual(
      expect.arrayContaining(["patient", "type", "date", "_count"]),
    );
    expect(rest?.resource?.map((r) => r.type).sort()).toEqual(["Binary", "DocumentReference", "Patient"]);
  });

  it("serves the JWKS and the smart style", async () => {
    const jwks = (await (await get(`${sb.origin}/auth/jwks`)).json()) as {
      keys: { kty: string; d?: string }[];
    };
    expect(jwks.keys[0]?.kty).toBe("RSA");
    expect(jwks.keys[0]?.d).toBeUndefined();
    const style = await get(`${sb.origin}/smart-style.json`);
    expect(((await style.json()) as Record<string, string>).color_background).toMatch(/^#/);
  });
});

describe("CORS", () => {
  it("allows the app origin only on the FHIR API and token endpoint, and exposes WWW-Authenticate", async () => {
    const fromApp = await get(`${sb.fhirBase}/Patient/${AVA}`, { origin: APP_ORIGIN });
    expect(fromApp.status).toBe(401);
    expect(fromApp.headers.get("access-control-allow-origin")).toBe(APP_ORIGIN);
    expect(fromApp.headers.get("access-control-expose-headers")).toContain("WWW-Authenticate");
    const fromElsewhere = await get(`${sb.fhirBase}/Patient/${AVA}`, { origin: "https://evil.example" });
    expect(fromElsewhere.headers.get("access-control-allow-origin")).toBeNull();
    const token = await postForm(`${sb.origin}/auth/token`, { grant_type: "x" }, { origin: APP_ORIGIN });
    expect(token.headers.get("access-control-allow-origin")).toBe(APP_ORIGIN);
  });

  it("answers preflights for the app origin with the allowed methods and headers", async () => {
    for (const path of ["/fhir/DocumentReference", "/auth/token"]) {
      const response = await fetch(`${sb.origin}${path}`, {
        method: "OPTIONS",
        headers: {
          origin: APP_ORIGIN,
          "access-control-request-method": "GET",
          "access-control-request-headers": "authorization, accept",
        },
      });
      expect(response.status).toBe(204);
      expect(response.headers.get("access-control-allow-origin")).toBe(APP_ORIGIN);
      expect(response.headers.get("access-control-allow-headers")).toContain("authorization");
      expect(response.headers.get("access-control-allow-methods")).toContain("GET");
    }
    const evil = await fetch(`${sb.fhirBase}/DocumentReference`, {
      method: "OPTIONS",
      headers: { origin: "https://evil.example" },
    });
    expect(evil.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("keeps the app origin on successful FHIR responses", async () => {
    const { access_token } = await launchToToken(sb, AVA);
    const response = await fhirGet(sb, `Patient/${AVA}`, access_token, { origin: APP_ORIGIN });
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe(APP_ORIGIN);
  });
});

describe("HTML pages", () => {
  it("lists patients on /ehr with a Launch link per patient and a strict CSP", async () => {
    const response = await get(`${sb.origin}/ehr`);
    expect(response.status).toBe(200);
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain("unsafe-inline");
    const html = await response.text();
    expect(html).toContain(`<a class="button" href="/ehr/launch?patient=${AVA}">Launch Ava Reyes</a>`);
    expect(html).toContain("Launch Ben Okafor</a>");
    expect(html).toContain("MRN-1");
  });

  it("allows exactly its own inline stylesheet by hash, so the pages keep their style under the CSP", async () => {
    const response = await get(`${sb.origin}/`);
    const csp = response.headers.get("content-security-policy") ?? "";
    const css = /<style>([\s\S]*?)<\/style>/.exec(await response.text())?.[1] ?? "";
    expect(css).toContain("font-family");
    expect(csp).toContain(`style-src 'sha256-${createHash("sha256").update(css).digest("base64")}'`);
  });

  it("carries the options chosen in the /ehr form into the launch links", async () => {
    const html = await (
      await get(`${sb.origin}/ehr?token_lifetime=30&fault=slow&deny_scope=patient%2FBinary.read`)
    ).text();
    expect(html).toContain(
      `href="/ehr/launch?patient=${AVA}&amp;token_lifetime=30&amp;deny_scope=patient%2FBinary.read&amp;fault=slow"`,
    );
    expect(html).toContain('<option value="slow" selected>');
  });

  it("escapes everything it echoes", async () => {
    const html = await (await get(`${sb.origin}/ehr?fault=%3Cscript%3Ealert(1)%3C%2Fscript%3E`)).text();
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;");
  });

  it("serves a landing page linking to the EHR simulator, and a 404 page", async () => {
    const html = await (await get(`${sb.origin}/`)).text();
    expect(html).toContain('href="/ehr"');
    expect(html).toContain(sb.fhirBase);
    expect((await get(`${sb.origin}/nope`)).status).toBe(404);
  });
});
