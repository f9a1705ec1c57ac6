/**
 * The fhirclient adapter's vendor behaviour against fhirclient's real browser entry: the granted-scope report,
 * and token refresh through the gate only (fhirclient's own pre-emptive refresh is off, so a server's refresh
 * throttle is respected).
 */
import FHIR from "fhirclient";
import { http, HttpResponse } from "msw";
import { beforeEach, describe, expect, it } from "vitest";
import { createClientSession, scopeReportOf } from "../../../src/launch/client-session";
import type { Clock } from "../../../src/launch/refresh-gate";
import { setupMswServerForFile } from "../fhir/msw-server";

const BASE = "https://ehr.example.test/fhir";
const TOKEN_URI = "https://ehr.example.test/auth/token";
const REQUESTED = "launch openid online_access patient/DocumentReference.rs patient/Binary.r";
let refreshes = 0;
let tokensSeen: string[] = [];

setupMswServerForFile(
  http.post(TOKEN_URI, () => {
    refreshes += 1;
    // A token that is already inside the refresh margin again: the next request is due at once.
    return HttpResponse.json({ access_token: `fresh-${refreshes}`, token_type: "bearer", expires_in: 5 });
  }),
  http.get(`${BASE}/Patient/p-1`, ({ request }) => {
    tokensSeen.push(request.headers.get("authorization") ?? "");
    return HttpResponse.json({ resourceType: "Patient", id: "p-1" });
  }),
);

function clientWith(granted: string | undefined, expiresInSeconds: number) {
  return FHIR.client({
    serverUrl: BASE,
    clientId: "ccda-viewer",
    scope: REQUESTED,
    tokenUri: TOKEN_URI,
    expiresAt: Date.now() / 1000 + expiresInSeconds,
    tokenResponse: {
      access_token: "first",
      token_type: "bearer",
      refresh_token: "refresh-me",
      patient: "p-1",
      ...(granted === undefined ? {} : { scope: granted }),
    },
  });
}

/** Real time for fhirclient's expiry checks; sleeping only records how long the gate wanted to wait. */
const slept: number[] = [];
const clock: Clock = {
  now: () => Date.now() + slept.reduce((sum, ms) => sum + ms, 0),
  sleep: (ms) => {
    slept.push(ms);
    return Promise.resolve();
  },
};

beforeEach(() => {
  refreshes = 0;
  tokensSeen = [];
  slept.length = 0;
});

describe("createClientSession, vendor behaviour", () => {
  it("reports the scopes the server did not grant", () => {
    const session = createClientSession(clientWith("launch openid patient/DocumentReference.rs", 570));
    expect(scopeReportOf(session)?.missing.map((missing) => missing.scope)).toEqual(["patient/Binary.r"]);
    expect(scopeReportOf(createClientSession(clientWith(REQUESTED, 570)))?.missing).toEqual([]);
  });

  it("uses a still-valid token instead of a second refresh within the server's interval", async () => {
    const session = createClientSession(clientWith(REQUESTED, 5), { minRefreshIntervalSeconds: 60, clock });
    await session.request("Patient/p-1");
    await session.request("Patient/p-1");
    await session.request("Patient/p-1");
    // One refresh (the first token was due), then the 5 s token is used as is: fhirclient alone would have
    // refreshed before every request.
    expect(refreshes).toBe(1);
    expect(tokensSeen).toEqual(["Bearer fresh-1", "Bearer fresh-1", "Bearer fresh-1"]);
    expect(slept).toEqual([]);
  });

  it("refreshes before every due request when the server sets no interval", async () => {
    const session = createClientSession(clientWith(REQUESTED, 5), { minRefreshIntervalSeconds: 0, clock });
    await session.request("Patient/p-1");
    await session.request("Patient/p-1");
    expect(refreshes).toBe(2);
    expect(tokensSeen).toEqual(["Bearer fresh-1", "Bearer fresh-2"]);
  });
});
