/**
 * The fhirclient adapter against fhirclient's real browser entry (vitest aliases "fhirclient" to it); msw
 * answers over node's http stack, which fhirclient's cross-fetch uses under vitest.
 */
import FHIR from "fhirclient";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { FhirHttpError, FhirNetworkError, outcomeText } from "../../../src/fhir/fhir-http-error";
import { createClientSession } from "../../../src/launch/client-session";
import { setupMswServerForFile } from "../fhir/msw-server";

const BASE = "https://ehr.example.test/fhir";
const TOKEN_URI = "https://ehr.example.test/auth/token";
let refreshAnswer: "ok" | "invalid_grant" | "slow" = "ok";
let refreshes = 0;
const seen: { url: string; accept: string | null; authorization: string | null }[] = [];

setupMswServerForFile(
  http.post(TOKEN_URI, async () => {
    refreshes += 1;
    if (refreshAnswer === "invalid_grant") {
      return HttpResponse.json(
        { error: "invalid_grant", error_description: "Refresh token revoked" },
        { status: 400 },
      );
    }
    if (refreshAnswer === "slow") await new Promise((resolve) => setTimeout(resolve, 100));
    return HttpResponse.json({ access_token: "fresh-token", token_type: "bearer", expires_in: 570 });
  }),
  http.get(`${BASE}/Binary/:id`, ({ request, params }) => {
    seen.push({
      url: request.url,
      accept: request.headers.get("accept"),
      authorization: request.headers.get("authorization"),
    });
    switch (String(params["id"])) {
      case "json":
        return HttpResponse.json({ resourceType: "Binary", contentType: "application/xml", data: "PD94" });
      case "xml":
        return new HttpResponse("<ClinicalDocument/>", { headers: { "content-type": "application/xml" } });
      case "text":
        return new HttpResponse("plain words", { headers: { "content-type": "text/plain" } });
      case "forbidden":
        return HttpResponse.json(
          {
            resourceType: "OperationOutcome",
            issue: [
              {
                severity: "error",
                code: "forbidden",
                details: { text: "Missing scope patient/Binary.read" },
              },
            ],
          },
          { status: 403 },
        );
      case "busy":
        return new HttpResponse(null, { status: 429, headers: { "retry-after": "1" } });
      case "gone-offline":
        return HttpResponse.error();
      default:
        return HttpResponse.json({ error: "invalid_token", error_description: "expired" }, { status: 401 });
    }
  }),
);

function makeSession() {
  const client = FHIR.client({
    serverUrl: `${BASE}/`,
    clientId: "ccda-viewer",
    tokenResponse: {
      access_token: "secret-token",
      token_type: "bearer",
      scope: "launch openid patient/Binary.read",
      patient: "p-1",
      encounter: "e-1",
      need_patient_banner: false,
    },
  });
  return createClientSession(client);
}

describe("createClientSession", () => {
  it("exposes the launch context without trailing slashes", () => {
    const session = makeSession();
    expect(session.fhirBase).toBe(BASE);
    expect(session.patientId).toBe("p-1");
    expect(session.encounterId).toBe("e-1");
    expect(session.needPatientBanner).toBe(false);
  });

  it("sends our Accept header and the token, and returns parsed JSON", async () => {
    const body = await makeSession().request("Binary/json", { accept: "application/fhir+json" });
    expect(body).toMatchObject({ kind: "json", json: { resourceType: "Binary", data: "PD94" } });
    const last = seen.at(-1);
    expect(last?.accept).toBe("application/fhir+json");
    expect(last?.authorization).toBe("Bearer secret-token");
  });

  it("reads non-JSON, non-text responses as raw bytes", async () => {
    const body = await makeSession().request(`${BASE}/Binary/xml`, { accept: "application/fhir+json" });
    expect(body.kind).toBe("bytes");
    if (body.kind !== "bytes") return;
    expect(new TextDecoder().decode(body.bytes)).toBe("<ClinicalDocument/>");
    expect(body.contentType).toBe("application/xml");
  });

  it("returns text/* as text", async () => {
    expect(await makeSession().request("Binary/text")).toMatchObject({ kind: "text", text: "plain words" });
  });

  it("turns a 403 into FhirHttpError with the OperationOutcome from fhirclient's message", async () => {
    const error: unknown = await makeSession()
      .request("Binary/forbidden")
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FhirHttpError);
    const httpError = error as FhirHttpError;
    expect(httpError.status).toBe(403);
    expect(outcomeText(httpError.outcome)).toBe("Missing scope patient/Binary.read");
  });

  it("keeps Retry-After on a 429", async () => {
    const error: unknown = await makeSession()
      .request("Binary/busy")
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: "FhirHttpError", status: 429, retryAfterSeconds: 1 });
  });

  it("reports unreachable servers as FhirNetworkError", async () => {
    const error: unknown = await makeSession()
      .request("Binary/gone-offline")
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FhirNetworkError);
  });

  it("reports a 401 as FhirHttpError 401 with the OAuth error code", async () => {
    const error: unknown = await makeSession()
      .request("Binary/expired")
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: "FhirHttpError", status: 401, oauthError: "invalid_token" });
  });
});

describe("token renewal", () => {
  function expiredSession() {
    const client = FHIR.client({
      serverUrl: BASE,
      clientId: "ccda-viewer",
      tokenUri: TOKEN_URI,
      expiresAt: Math.floor(Date.now() / 1000) - 60,
      tokenResponse: {
        access_token: "stale-token",
        refresh_token: "refresh-me",
        token_type: "bearer",
        scope: "launch openid online_access patient/Binary.read",
        patient: "p-1",
      },
    });
    return createClientSession(client);
  }

  it("refreshes an expiring token before the request (online_access granted)", async () => {
    refreshAnswer = "ok";
    refreshes = 0;
    await expiredSession().request("Binary/json", { accept: "application/fhir+json" });
    expect(refreshes).toBe(1);
    expect(seen.at(-1)?.authorization).toBe("Bearer fresh-token");
  });

  it("does not let one cancelled request fail the others waiting on the same refresh", async () => {
    refreshAnswer = "slow";
    refreshes = 0;
    const session = expiredSession();
    const controller = new AbortController();
    const first = session.request("Binary/json", { signal: controller.signal });
    const second = session.request("Binary/json", { accept: "application/fhir+json" });
    controller.abort();
    await first.catch(() => undefined);
    await expect(second).resolves.toMatchObject({ kind: "json" });
    expect(refreshes).toBe(1);
  });

  it("reports a refused refresh as an ended session (401)", async () => {
    refreshAnswer = "invalid_grant";
    const error: unknown = await expiredSession()
      .request("Binary/json")
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: "FhirHttpError", status: 401, oauthError: "invalid_grant" });
  });
});
