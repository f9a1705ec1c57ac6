// @vitest-environment node
import { decodeJwt } from "jose";
import { describe, expect, it } from "vitest";
import type { Binary } from "fhir/r4";
import { AVA, CCDA_TEXT } from "./fixture-dataset";
import { expectOutcome, fhirGet, get, launchToToken, sandboxForFile } from "./sandbox-client";

const sb = sandboxForFile();

const SEARCH = `DocumentReference?patient=${AVA}`;

describe("fault injection from the launch options", () => {
  it("binary-404 and binary-500 replace Binary reads, and leave searches alone", async () => {
    for (const [fault, status] of [
      ["binary-404", 404],
      ["binary-500", 500],
    ] as const) {
      const { access_token } = await launchToToken(sb, AVA, `fault=${fault}`);
      const outcome = await expectOutcome(await fhirGet(sb, "Binary/b-ava-02", access_token), status);
      expect(outcome.issue[0]?.severity).toBe(status >= 500 ? "fatal" : "error");
      expect((await fhirGet(sb, SEARCH, access_token)).status).toBe(200);
    }
  });

  it("docref-429 throttles the first search of the session once, with Retry-After: 1", async () => {
    const { access_token } = await launchToToken(sb, AVA, "fault=docref-429");
    const first = await fhirGet(sb, SEARCH, access_token);
    expect(first.headers.get("retry-after")).toBe("1");
    expect((await expectOutcome(first, 429)).issue[0]?.code).toBe("throttled");
    expect((await fhirGet(sb, SEARCH, access_token)).status).toBe(200);
    expect((await fhirGet(sb, SEARCH, access_token)).status).toBe(200);
    // A new launch is a new session: it is throttled once again.
    const other = await launchToToken(sb, AVA, "fault=docref-429");
    expect((await fhirGet(sb, SEARCH, other.access_token)).status).toBe(429);
  });

  it("docref-500 fails DocumentReference searches and reads", async () => {
    const { access_token } = await launchToToken(sb, AVA, "fault=docref-500");
    await expectOutcome(await fhirGet(sb, SEARCH, access_token), 500);
    await expectOutcome(await fhirGet(sb, "DocumentReference/dr-ava-02", access_token), 500);
    expect((await fhirGet(sb, `Patient/${AVA}`, access_token)).status).toBe(200);
  });

  it("slow holds each FHIR response back by about 1.5 s", async () => {
    const { access_token } = await launchToToken(sb, AVA, "fault=slow");
    const started = performance.now();
    expect((await fhirGet(sb, `Patient/${AVA}`, access_token)).status).toBe(200);
    // A lower bound only: a loaded machine can be slower, never faster.
    expect(performance.now() - started).toBeGreaterThanOrEqual(1400);
  });

  it("truncated cuts Binary bodies in half in both representations", async () => {
    const { access_token } = await launchToToken(sb, AVA, "fault=truncated");
    const half = CCDA_TEXT.slice(0, Math.floor(CCDA_TEXT.length / 2));
    const raw = await fhirGet(sb, "Binary/b-ava-02", access_token, { accept: "application/xml" });
    expect(await raw.text()).toBe(half);
    const json = (await (await fhirGet(sb, "Binary/b-ava-02", access_token)).json()) as Binary;
    expect(Buffer.from(json.data ?? "", "base64").toString("utf8")).toBe(half);
  });

  it("token_lifetime sets expires_in and the token's own lifetime", async () => {
    const token = await launchToToken(sb, AVA, "token_lifetime=60");
    expect(token.expires_in).toBe(60);
    const claims = decodeJwt(token.access_token);
    expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(60);
  });

  it("need_patient_banner=false and encounter reach the token response", async () => {
    const token = await launchToToken(sb, AVA, "need_patient_banner=false&encounter=enc-1");
    expect(token.need_patient_banner).toBe(false);
    expect(token.encounter).toBe("enc-1");
    const plain = await launchToToken(sb, AVA);
    expect(plain.need_patient_banner).toBe(true);
    expect(plain.encounter).toBeUndefined();
  });

  it("refuses an unknown fault or a bad option at /ehr/launch with an error page", async () => {
    for (const options of ["fault=explode", "token_lifetime=abc", "need_patient_banner=maybe"]) {
      const response = await get(`${sb.origin}/ehr/launch?patient=${AVA}&${options}`);
      expect(response.status).toBe(400);
      expect(response.headers.get("location")).toBeNull();
    }
    expect((await get(`${sb.origin}/ehr/launch?patient=nobody`)).status).toBe(400);
  });
});
