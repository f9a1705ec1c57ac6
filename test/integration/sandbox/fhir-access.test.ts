// @vitest-environment node
import { beforeAll, describe, expect, it } from "vitest";
import { AVA, BEN } from "./fixture-dataset";
import {
  EHR_SCOPE,
  expectOutcome,
  fhirGet,
  get,
  launchToToken,
  postForm,
  type TokenResponse,
  sandboxForFile,
} from "./sandbox-client";

const sb = sandboxForFile();
let token: TokenResponse;
beforeAll(async () => {
  token = await launchToToken(sb, AVA);
});

function expectBearerChallenge(response: Response): void {
  const challenge = response.headers.get("www-authenticate") ?? "";
  expect(challenge).toMatch(/^Bearer realm="sandbox"/);
  expect(challenge).toContain('error="invalid_token"');
}

describe("bearer tokens", () => {
  it("answers 401 with WWW-Authenticate and an OperationOutcome when the token is missing", async () => {
    const response = await get(`${sb.fhirBase}/Patient/${AVA}`, { accept: "application/fhir+json" });
    expectBearerChallenge(response);
    await expectOutcome(response, 401);
  });

  it("answers 401 for a tampered token and for a code used as a token", async () => {
    const tampered = `${token.access_token.slice(0, -3)}abc`;
    const response = await fhirGet(sb, `Patient/${AVA}`, tampered);
    expectBearerChallenge(response);
    await expectOutcome(response, 401);
    const asToken = await fhirGet(sb, `Patient/${AVA}`, token.refresh_token ?? "");
    await expectOutcome(asToken, 401);
  });

  it("answers 401 for an expired token (expire-now), and a refresh then works", async () => {
    const expired = await launchToToken(sb, AVA, "fault=expire-now");
    const response = await fhirGet(sb, `Patient/${AVA}`, expired.access_token);
    expectBearerChallenge(response);
    expect((await expectOutcome(response, 401)).issue[0]?.diagnostics).toMatch(/expired/);

    const refreshed = await postForm(`${sb.origin}/auth/token`, {
      grant_type: "refresh_token",
      refresh_token: expired.refresh_token ?? "",
    });
    expect(refreshed.status).toBe(200);
    expect(refreshed.headers.get("cache-control")).toBe("no-store");
    const body = (await refreshed.json()) as TokenResponse;
    expect(body.scope).toBe(expired.scope);
    expect(body.patient).toBe(AVA);
    expect((await fhirGet(sb, `Patient/${AVA}`, body.access_token)).status).toBe(200);
  });
});

describe("refresh grant", () => {
  it("issues a new access token and keeps the original refresh token (no rotation, like Oracle Health)", async () => {
    const response = await postForm(`${sb.origin}/auth/token`, {
      grant_type: "refresh_token",
      refresh_token: token.refresh_token ?? "",
      client_id: "ccda-viewer",
    });
    const body = (await response.json()) as TokenResponse;
    expect(response.status).toBe(200);
    expect(body.access_token).not.toBe(token.access_token);
    expect(body.refresh_token).toBeUndefined();
    expect(body.expires_in).toBe(570);
  });

  it("can narrow the scope but not widen it", async () => {
    const narrow = await postForm(`${sb.origin}/auth/token`, {
      grant_type: "refresh_token",
      refresh_token: token.refresh_token ?? "",
      scope: "patient/Patient.read",
    });
    const body = (await narrow.json()) as TokenResponse;
    expect(body.scope).toBe("patient/Patient.read");
    await expectOutcome(await fhirGet(sb, `DocumentReference?patient=${AVA}`, body.access_token), 403);
    const wide = await postForm(`${sb.origin}/auth/token`, {
      grant_type: "refresh_token",
      refresh_token: token.refresh_token ?? "",
      scope: "patient/Patient.read user/Binary.read",
    });
    expect(wide.status).toBe(400);
    expect(((await wide.json()) as { error: string }).error).toBe("invalid_scope");
  });

  it("refuses an access token as a refresh token, and no refresh token without online/offline access", async () => {
    const response = await postForm(`${sb.origin}/auth/token`, {
      grant_type: "refresh_token",
      refresh_token: token.access_token,
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toBe("invalid_grant");
    const noRefresh = await launchToToken(sb, AVA, "", EHR_SCOPE.replace(" online_access", ""));
    expect(noRefresh.refresh_token).toBeUndefined();
  });

  it("answers invalid_grant under the refresh-fail fault", async () => {
    const faulty = await launchToToken(sb, AVA, "fault=refresh-fail");
    const response = await postForm(`${sb.origin}/auth/token`, {
      grant_type: "refresh_token",
      refresh_token: faulty.refresh_token ?? "",
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toBe("invalid_grant");
  });
});

describe("per-patient and per-scope enforcement", () => {
  it("refuses another patient's Patient resource with 403", async () => {
    await expectOutcome(await fhirGet(sb, `Patient/${BEN}`, token.access_token), 403);
    await expectOutcome(await fhirGet(sb, "Patient/does-not-exist", token.access_token), 403);
  });

  it("refuses a search by another patient's id with 403 and leaks nothing", async () => {
    for (const query of [`patient=${BEN}`, `subject=Patient/${BEN}`, `patient=${AVA},${BEN}`]) {
      const outcome = await expectOutcome(
        await fhirGet(sb, `DocumentReference?${query}`, token.access_token),
        403,
      );
      expect(JSON.stringify(outcome)).not.toContain("dr-ben");
    }
  });

  it("answers another patient's DocumentReference and Binary exactly like missing ones (404)", async () => {
    await expectOutcome(await fhirGet(sb, "DocumentReference/dr-ben-01", token.access_token), 404);
    await expectOutcome(await fhirGet(sb, "DocumentReference/dr-nope", token.access_token), 404);
    await expectOutcome(await fhirGet(sb, "Binary/b-ben-01", token.access_token), 404);
    const byId = await fhirGet(sb, "DocumentReference?_id=dr-ben-01,dr-ava-02", token.access_token);
    const bundle = (await byId.json()) as { total: number };
    expect(bundle.total).toBe(1);
  });

  it("denies a scope on request: the granted scope omits it and reads get 403 naming it", async () => {
    const denied = await launchToToken(sb, AVA, "deny_scope=patient/Binary.read");
    expect(denied.scope.split(" ")).not.toContain("patient/Binary.read");
    expect(denied.scope.split(" ")).toContain("patient/DocumentReference.read");
    const outcome = await expectOutcome(await fhirGet(sb, "Binary/b-ava-02", denied.access_token), 403);
    expect(outcome.issue[0]?.diagnostics).toBe("Missing scope: patient/Binary.read (or patient/Binary.rs)");
    expect((await fhirGet(sb, "DocumentReference/dr-ava-02", denied.access_token)).status).toBe(200);
  });

  it("carves a denied type out of a wildcard scope and accepts v2 scopes", async () => {
    const wildcard = await launchToToken(sb, AVA, "deny_scope=patient/Binary.read", "launch patient/*.rs");
    expect(wildcard.scope.split(" ").sort()).toEqual([
      "launch",
      "patient/DocumentReference.rs",
      "patient/Patient.rs",
    ]);
    await expectOutcome(await fhirGet(sb, "Binary/b-ava-02", wildcard.access_token), 403);
    expect((await fhirGet(sb, `DocumentReference?patient=${AVA}`, wildcard.access_token)).status).toBe(200);
  });

  it("drops scopes it does not support from the granted scope", async () => {
    const granted = await launchToToken(
      sb,
      AVA,
      "",
      "launch patient/Observation.read patient/Binary.write user/Binary.r system/*.read",
    );
    expect(granted.scope.split(" ").sort()).toEqual(["launch", "user/Binary.r"]);
    await expectOutcome(await fhirGet(sb, `DocumentReference?patient=${AVA}`, granted.access_token), 403);
    expect((await fhirGet(sb, "Binary/b-ava-02", granted.access_token)).status).toBe(200);
  });
});

describe("routing", () => {
  it("answers unknown resource types and paths with a 404 OperationOutcome", async () => {
    await expectOutcome(await fhirGet(sb, `Observation?patient=${AVA}`, token.access_token), 404);
    await expectOutcome(await fhirGet(sb, "Observation/1", token.access_token), 404);
    await expectOutcome(await fhirGet(sb, "Patient/a/b/c", token.access_token), 404);
  });

  it("answers 406 when a resource other than Binary is asked for in a non-JSON format", async () => {
    const outcome = await expectOutcome(
      await fhirGet(sb, `Patient/${AVA}`, token.access_token, { accept: "application/xml" }),
      406,
    );
    expect(outcome.issue[0]?.diagnostics).toContain("application/fhir+json");
    const json = await fhirGet(sb, `Patient/${AVA}`, token.access_token, { accept: "application/json" });
    expect(json.status).toBe(200);
  });

  it("answers 405 for writes", async () => {
    const response = await fetch(`${sb.fhirBase}/Patient/${AVA}`, {
      method: "PUT",
      headers: { authorization: `Bearer ${token.access_token}` },
    });
    await expectOutcome(response, 405);
  });
});
