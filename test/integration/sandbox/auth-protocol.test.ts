// @vitest-environment node
import { describe, expect, it } from "vitest";
import { AVA } from "./fixture-dataset";
import {
  APP_ORIGIN,
  REDIRECT_URI,
  authorize,
  authorizeRequest,
  codeFor,
  ehrLaunch,
  exchangeCode,
  locationOf,
  pkcePair,
  postForm,
  type AuthorizeRequest,
  sandboxForFile,
} from "./sandbox-client";

const sb = sandboxForFile();

async function freshRequest(): Promise<AuthorizeRequest> {
  return authorizeRequest(sb, await ehrLaunch(sb, AVA));
}

/** Authorize with one parameter changed and expect an RFC 6749 error redirect carrying our state. */
async function expectErrorRedirect(change: (p: URLSearchParams) => void, error: string): Promise<URL> {
  const request = await freshRequest();
  change(request.params);
  const url = locationOf(await authorize(sb, request.params));
  expect(url.origin + url.pathname).toBe(REDIRECT_URI);
  expect(url.searchParams.get("error")).toBe(error);
  expect(url.searchParams.get("error_description")).toEqual(expect.any(String));
  expect(url.searchParams.get("code")).toBeNull();
  return url;
}

async function expectTokenError(response: Response, status: number, error: string): Promise<void> {
  expect(response.status).toBe(status);
  expect(response.headers.get("cache-control")).toBe("no-store");
  const body = (await response.json()) as { error: string; error_description: string };
  expect(body.error).toBe(error);
  expect(body.error_description).toEqual(expect.any(String));
}

describe("authorize: client and redirect URI are checked before anything is redirected", () => {
  it("renders an error page, never a redirect, for an unknown client", async () => {
    const request = await freshRequest();
    request.params.set("client_id", "evil-app");
    const response = await authorize(sb, request.params);
    expect(response.status).toBe(400);
    expect(response.headers.get("location")).toBeNull();
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    expect(await response.text()).toContain("Unknown client");
  });

  it.each([
    ["another origin", "https://evil.example/viewer"],
    ["a trailing slash", `${APP_ORIGIN}/viewer/`],
    ["an extra path", `${APP_ORIGIN}/viewer/x`],
  ])("renders an error page for a redirect_uri with %s", async (_label, redirectUri) => {
    const request = await freshRequest();
    request.params.set("redirect_uri", redirectUri);
    const response = await authorize(sb, request.params);
    expect(response.status).toBe(400);
    expect(response.headers.get("location")).toBeNull();
    expect(await response.text()).toContain("Invalid redirect_uri");
  });
});

describe("authorize: protocol errors go back to the app", () => {
  it("keeps the state on error redirects", async () => {
    const url = await expectErrorRedirect((p) => {
      p.set("aud", "https://other.example/fhir");
    }, "invalid_request");
    expect(url.searchParams.get("state")).toEqual(expect.any(String));
  });

  it("refuses an aud that is not exactly the FHIR base", async () => {
    await expectErrorRedirect((p) => {
      p.set("aud", `${sb.fhirBase}/`);
    }, "invalid_request");
  });

  it("requires PKCE: no challenge, and no plain method", async () => {
    await expectErrorRedirect((p) => {
      p.delete("code_challenge");
    }, "invalid_request");
    await expectErrorRedirect((p) => {
      p.set("code_challenge_method", "plain");
    }, "invalid_request");
  });

  it("requires state, response_type=code and a scope", async () => {
    await expectErrorRedirect((p) => {
      p.delete("state");
    }, "invalid_request");
    await expectErrorRedirect((p) => {
      p.set("response_type", "token");
    }, "unsupported_response_type");
    await expectErrorRedirect((p) => {
      p.delete("scope");
    }, "invalid_scope");
  });

  it("requires the launch scope for an EHR launch and a valid launch id", async () => {
    await expectErrorRedirect((p) => {
      p.set("scope", "openid patient/Patient.read");
    }, "invalid_scope");
    await expectErrorRedirect((p) => {
      p.set("launch", "not-a-launch-id");
    }, "invalid_request");
  });

  it("answers access_denied when the user denies in the picker", async () => {
    const request = authorizeRequest(sb, undefined, "launch/patient patient/Patient.read");
    request.params.set("sandbox_deny", "1");
    const url = locationOf(await authorize(sb, request.params));
    expect(url.searchParams.get("error")).toBe("access_denied");
    expect(url.searchParams.get("state")).toBe(request.state);
  });
});

describe("token endpoint", () => {
  it("refuses a wrong code_verifier, and a missing one", async () => {
    const request = await freshRequest();
    const code = await codeFor(sb, request);
    await expectTokenError(await exchangeCode(sb, code, pkcePair().verifier), 400, "invalid_grant");
    const missing = await postForm(`${sb.origin}/auth/token`, {
      grant_type: "authorization_code",
      code,
      redirect_uri: REDIRECT_URI,
      client_id: "ccda-viewer",
    });
    await expectTokenError(missing, 400, "invalid_request");
  });

  it("exchanges a code once only", async () => {
    const request = await freshRequest();
    const code = await codeFor(sb, request);
    expect((await exchangeCode(sb, code, request.verifier)).status).toBe(200);
    await expectTokenError(await exchangeCode(sb, code, request.verifier), 400, "invalid_grant");
  });

  it("requires the same redirect_uri and a registered client", async () => {
    const request = await freshRequest();
    const code = await codeFor(sb, request);
    const base = { grant_type: "authorization_code", code, code_verifier: request.verifier };
    const wrongRedirect = await postForm(`${sb.origin}/auth/token`, {
      ...base,
      client_id: "ccda-viewer",
      redirect_uri: `${APP_ORIGIN}/other`,
    });
    await expectTokenError(wrongRedirect, 400, "invalid_grant");
    const wrongClient = await postForm(`${sb.origin}/auth/token`, {
      ...base,
      client_id: "evil-app",
      redirect_uri: REDIRECT_URI,
    });
    await expectTokenError(wrongClient, 401, "invalid_client");
    // Failed attempts do not burn the code: the legitimate exchange still works.
    expect((await exchangeCode(sb, code, request.verifier)).status).toBe(200);
  });

  it("refuses a forged code, an unknown grant type and a JSON body", async () => {
    await expectTokenError(await exchangeCode(sb, "forged", pkcePair().verifier), 400, "invalid_grant");
    await expectTokenError(
      await postForm(`${sb.origin}/auth/token`, { grant_type: "password" }),
      400,
      "unsupported_grant_type",
    );
    const json = await fetch(`${sb.origin}/auth/token`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ grant_type: "authorization_code" }),
    });
    await expectTokenError(json, 400, "invalid_request");
  });

  it("does not accept a launch id or an access token in place of a code", async () => {
    const request = await freshRequest();
    const launch = request.params.get("launch") ?? "";
    await expectTokenError(await exchangeCode(sb, launch, request.verifier), 400, "invalid_grant");
  });
});
