/**
 * ready() against fhirclient's real browser entry: one token exchange per page load even when asked twice,
 * code and state leave the address bar, and no token lands in the URL or localStorage.
 */
import { http, HttpResponse } from "msw";
import { beforeEach, describe, expect, it } from "vitest";
import { getSmartSession, resetSmartSessionForTests } from "../../../src/launch/smart-ready";
import { setupMswServerForFile } from "../fhir/msw-server";

const BASE = "https://ehr.example.test/fhir";
const TOKEN_URI = "https://ehr.example.test/auth/token";
let exchanges: URLSearchParams[] = [];

setupMswServerForFile(
  http.post(TOKEN_URI, async ({ request }) => {
    exchanges.push(new URLSearchParams(await request.text()));
    return HttpResponse.json({
      access_token: "very-secret-access-token",
      token_type: "bearer",
      expires_in: 570,
      scope: "launch openid online_access patient/DocumentReference.read",
      refresh_token: "very-secret-refresh-token",
      patient: "p-ava",
      need_patient_banner: true,
    });
  }),
);

beforeEach(() => {
  exchanges = [];
  resetSmartSessionForTests();
  sessionStorage.clear();
  localStorage.clear();
  const stateKey = "3b9c1a52-6f0e-4c8e-9a53-1f2d3c4b5a69";
  sessionStorage.setItem(
    stateKey,
    JSON.stringify({
      serverUrl: BASE,
      clientId: "ccda-viewer",
      redirectUri: `${window.location.origin}/viewer`,
      tokenUri: TOKEN_URI,
      scope: "launch openid online_access patient/DocumentReference.read",
      codeVerifier: "verifier-123",
      completeInTarget: true,
    }),
  );
  window.history.replaceState({}, "", `/viewer?code=one-time-code&state=${stateKey}`);
});

describe("getSmartSession", () => {
  it("exchanges the code once, removes code/state from the address bar, keeps tokens out of URLs and localStorage", async () => {
    const [first, second] = await Promise.all([getSmartSession(), getSmartSession()]);
    expect(first).toBe(second);
    expect(await getSmartSession()).toBe(first);
    expect(exchanges).toHaveLength(1);
    expect(exchanges[0]?.get("code")).toBe("one-time-code");
    expect(exchanges[0]?.get("code_verifier")).toBe("verifier-123");
    expect(first.patientId).toBe("p-ava");
    // fhirclient's browser adapter reads the URL once per page load, so the address bar checks live here too.
    expect(window.location.pathname).toBe("/viewer");
    expect(window.location.search).not.toMatch(/code=|state=/);
    expect(window.location.href).not.toContain("secret");
    expect(localStorage.length).toBe(0);
  });
});
