// @vitest-environment node
import { describe, expect, it } from "vitest";
import { get, postForm } from "./sandbox-client";
import { AVA, authorizeAt, discover, fhir, launch, profileSandboxForFile } from "./profile-client";

const sb = profileSandboxForFile("oracle-millennium");
const TENANT = "ec2458f2-1e24-41c8-b71b-0e701af7583d";
const V2 =
  "launch openid fhirUser online_access patient/Patient.rs patient/DocumentReference.rs patient/Binary.r";
const V1 =
  "launch openid fhirUser online_access patient/Patient.read patient/DocumentReference.read patient/Binary.read";
const PATIENT_V2 = V2.replace(/^launch /, "launch/patient ");

describe("oracle-millennium: personas on different bases", () => {
  it("serves the provider persona on fhir-ehr and the patient persona on fhir-myrecord", async () => {
    expect(sb.personas.provider).toBe(`${sb.origin}/fhir-ehr/r4/${TENANT}`);
    expect(sb.personas.patient).toBe(`${sb.origin}/fhir-myrecord/r4/${TENANT}`);
    expect(sb.fhirBase).toBe(sb.personas.provider);
    const provider = await discover(sb.personas.provider);
    const patient = await discover(sb.personas.patient);
    expect(provider.authorization_endpoint).toMatch(/\/smart-v1\/personas\/provider\/authorize$/);
    expect(patient.authorization_endpoint).toMatch(/\/smart-v1\/personas\/patient\/authorize$/);
    expect(patient.token_endpoint).toBe(provider.token_endpoint);
    expect(patient.code_challenge_methods_supported).toEqual(["S256"]);
    expect(patient.capabilities).toContain("permission-v2");
    expect(patient.capabilities).not.toContain("permission-v1");
    expect(patient.scopes_supported).toContain("patient/Binary.r");
    expect(patient.scopes_supported).not.toContain("patient/Binary.rs");
  });

  it("launches from the EHR on the provider base; the EHR page names the profile", async () => {
    const page = await (await get(`${sb.origin}/ehr`)).text();
    expect(page).toContain("Oracle Health Millennium");
    expect(page).toContain(sb.personas.patient);
    const token = await launch(sb, { base: sb.personas.provider, ehrPatient: AVA, scope: V2 });
    expect(token.patient).toBe(AVA);
    expect((await fhir(`${sb.personas.provider}/Patient/${AVA}`, token.access_token)).status).toBe(200);
  });

  it("launches standalone on the patient base with the patient-persona client; its token fails elsewhere", async () => {
    const token = await launch(sb, {
      base: sb.personas.patient,
      clientId: "ccda-viewer-patient",
      standalonePatient: AVA,
      scope: PATIENT_V2,
    });
    expect((await fhir(`${sb.personas.patient}/Patient/${AVA}`, token.access_token)).status).toBe(200);
    const elsewhere = await fhir(`${sb.personas.provider}/Patient/${AVA}`, token.access_token);
    expect(elsewhere.status).toBe(401);
    expect(elsewhere.headers.get("www-authenticate")).toContain("invalid_token");
  });

  it("answers a client/persona mix with unauthorized_client and only an error_uri", async () => {
    const mixes = [
      { base: sb.personas.patient, clientId: "ccda-viewer", standalonePatient: AVA },
      { base: sb.personas.provider, clientId: "ccda-viewer-patient", standalonePatient: AVA },
      {
        base: sb.personas.patient,
        clientId: "ccda-viewer-patient",
        standalonePatient: AVA,
        aud: sb.personas.provider,
      },
    ];
    for (const mix of mixes) {
      const { redirect, state } = await authorizeAt(sb, { ...mix, scope: PATIENT_V2 });
      expect(redirect.searchParams.get("error")).toBe("unauthorized_client");
      expect(redirect.searchParams.get("error_description")).toBeNull();
      expect(redirect.searchParams.get("state")).toBe(state);
      const uri = new URL(redirect.searchParams.get("error_uri") ?? "");
      expect(decodeURIComponent(uri.pathname)).toContain(
        "urn:cerner:error:authorization-server:oauth2:grant:client-persona-mismatch",
      );
      expect(uri.searchParams.get("client")).toBe(mix.clientId);
      expect(uri.searchParams.get("tenant")).toBe(TENANT);
      const page = await get(uri.toString());
      expect(page.status).toBe(200);
      expect(await page.text()).toContain("another persona");
    }
  });
});

describe("oracle-millennium: a SMART v2 registration", () => {
  it("silently drops v1 .read scopes and Binary.rs, keeps v2", async () => {
    const token = await launch(sb, {
      base: sb.personas.provider,
      ehrPatient: AVA,
      scope: `${V1} patient/DocumentReference.rs patient/Binary.rs patient/Binary.r`,
    });
    const granted = token.scope.split(" ");
    expect(granted).toEqual(
      expect.arrayContaining(["launch", "patient/DocumentReference.rs", "patient/Binary.r"]),
    );
    expect(granted.filter((s) => s.endsWith(".read"))).toEqual([]);
    expect(granted).not.toContain("patient/Binary.rs");
  });

  it("leaves a v1-only app without resource access, which the FHIR API then refuses", async () => {
    const token = await launch(sb, { base: sb.personas.provider, ehrPatient: AVA, scope: V1 });
    expect(token.scope.split(" ").sort()).toEqual(["fhirUser", "launch", "online_access", "openid"]);
    expect(
      (await fhir(`${sb.personas.provider}/DocumentReference?patient=${AVA}`, token.access_token)).status,
    ).toBe(403);
  });
});

describe("oracle-millennium: tokens", () => {
  it("issues 570 s tokens; refresh keeps the original refresh token and is throttled within a minute", async () => {
    const token = await launch(sb, { base: sb.personas.provider, ehrPatient: AVA, scope: V2 });
    expect(token.expires_in).toBe(570);
    const refresh = () =>
      postForm(token.config.token_endpoint, {
        grant_type: "refresh_token",
        refresh_token: token.refresh_token ?? "",
      });
    const first = await refresh();
    expect(first.status).toBe(200);
    const body = (await first.json()) as Record<string, unknown>;
    expect(body.access_token).toEqual(expect.any(String));
    expect(body.refresh_token).toBeUndefined();
    const second = await refresh();
    expect(second.status).toBe(429);
    expect(Number(second.headers.get("retry-after"))).toBeGreaterThan(0);
    const error = (await second.json()) as Record<string, string>;
    expect(error.error_description).toBeUndefined();
    expect(decodeURIComponent(error.error_uri ?? "")).toContain(":token:refresh-throttled");
  });

  it("words token errors as error + error_uri (no description)", async () => {
    const { redirect, verifier, config } = await authorizeAt(sb, {
      base: sb.personas.provider,
      ehrPatient: AVA,
      scope: V2,
    });
    const form = {
      grant_type: "authorization_code",
      code: redirect.searchParams.get("code") ?? "",
      redirect_uri: `${redirect.origin}${redirect.pathname}`,
      client_id: "ccda-viewer",
      code_verifier: verifier,
    };
    expect((await postForm(config.token_endpoint, form)).status).toBe(200);
    const again = await postForm(config.token_endpoint, form);
    expect(again.status).toBe(400);
    const body = (await again.json()) as Record<string, string>;
    expect(Object.keys(body).sort()).toEqual(["error", "error_uri"]);
    expect(body.error).toBe("invalid_grant");
  });
});
