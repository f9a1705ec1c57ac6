// @vitest-environment node
import { afterEach, describe, expect, it, vi } from "vitest";
import { AVA } from "./fixture-dataset";
import {
  authorizeRequest,
  codeFor,
  ehrLaunch,
  exchangeCode,
  fhirGet,
  sandboxForFile,
  startTestSandbox,
  type TokenResponse,
} from "./sandbox-client";

/** The one sandbox in these tests that writes its request log (to console.log). */
const sb = sandboxForFile(() => startTestSandbox({ quiet: false }));

afterEach(() => {
  vi.restoreAllMocks();
});

describe("request log", () => {
  it("never writes launch ids, state, PKCE values, codes or tokens", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    const logged = () => log.mock.calls.map((args) => args.join(" ")).join("\n");
    const launch = await ehrLaunch(sb, AVA);
    const request = authorizeRequest(sb, launch);
    const code = await codeFor(sb, request);
    const token = (await (await exchangeCode(sb, code, request.verifier)).json()) as TokenResponse;
    const page = await fhirGet(sb, `DocumentReference?patient=${AVA}&_count=1`, token.access_token);
    const next = ((await page.json()) as { link: { relation: string; url: string }[] }).link.find(
      (link) => link.relation === "next",
    )?.url;
    expect(next).toMatch(/[?&]_page=/);
    await fhirGet(sb, next ?? "", token.access_token);
    // A client that puts its token in the query string must not get it logged either.
    await fhirGet(sb, `Patient/${AVA}?access_token=${token.access_token}`, token.access_token);
    await vi.waitFor(() => {
      expect(logged()).toContain(`/fhir/Patient/${AVA}?access_token=***`);
    });

    const text = logged();
    expect(text).toContain("/auth/authorize?");
    expect(text).toContain("/auth/token");
    const pageToken = new URL(next ?? "").searchParams.get("_page") ?? "";
    const secrets = [
      launch,
      request.state,
      request.params.get("code_challenge") ?? "",
      request.verifier,
      code,
      token.access_token,
      token.refresh_token ?? "",
      token.id_token ?? "",
      pageToken,
    ];
    for (const secret of secrets) {
      expect(secret.length).toBeGreaterThan(0);
      expect(text).not.toContain(secret);
    }
  });
});
