import { describe, expect, it, vi } from "vitest";
import { ConfigError } from "../../../src/config/app-config";
import { Base64Error } from "../../../src/fhir/decode";
import { MissingContentError } from "../../../src/fhir/document-content";
import { FhirHttpError, FhirNetworkError, UnsafeUrlError } from "../../../src/fhir/fhir-http-error";
import { LaunchError } from "../../../src/launch/launch-error";
import { describeError } from "../../../src/lib/describe-error";

const forbidden = new FhirHttpError(403, "403 Forbidden", {
  outcome: {
    resourceType: "OperationOutcome",
    issue: [
      {
        severity: "error",
        code: "forbidden",
        details: { text: "The scope patient/Binary.read was not granted." },
      },
    ],
  },
});

describe("describeError", () => {
  it("401: the session ended, launch again", () => {
    const description = describeError(new FhirHttpError(401, "401"));
    expect(description.title).toBe("Your session ended");
    expect(description.action).toBe("relaunch");
  });

  it("403: names what the EHR said about the missing scope", () => {
    expect(describeError(forbidden)).toEqual({
      title: "Access not granted",
      detail: "The EHR did not grant access: The scope patient/Binary.read was not granted.",
      action: "none",
    });
    expect(describeError(new FhirHttpError(403, "403")).detail).toMatch(
      /^The EHR did not grant access: .*scope/,
    );
  });

  it("404: not found, nothing to retry", () => {
    expect(describeError(new FhirHttpError(404, "404"))).toMatchObject({
      title: "Not found",
      action: "none",
    });
  });

  it.each([
    [429, "The EHR is busy"],
    [500, "The EHR is unavailable"],
    [503, "The EHR is unavailable"],
  ])("%i: busy or unavailable, try again", (status, title) => {
    const description = describeError(new FhirHttpError(status, String(status)));
    expect(description.title).toBe(title);
    expect(description.detail).toMatch(/try again/i);
    expect(description.action).toBe("retry");
  });

  it("network failure: offline when the browser says so, else an interrupted connection; both retry", () => {
    const onLine = vi.spyOn(navigator, "onLine", "get");
    onLine.mockReturnValue(false);
    expect(describeError(new FhirNetworkError("Failed to fetch"))).toMatchObject({
      title: "You appear to be offline",
      action: "retry",
    });
    onLine.mockReturnValue(true);
    expect(describeError(new FhirNetworkError("network error"))).toMatchObject({
      title: "The connection to the EHR was interrupted",
      action: "retry",
    });
    onLine.mockRestore();
  });

  it("a damaged JSON answer (SyntaxError from the client) is named as such, with retry", () => {
    expect(describeError(new SyntaxError("Unexpected end of JSON input"))).toMatchObject({
      title: "The EHR's answer was damaged",
      action: "retry",
    });
  });

  it("keeps the off-server refusal's own words", () => {
    const description = describeError(new UnsafeUrlError("evil.example"));
    expect(description.detail).toContain("stored on another server (evil.example)");
    expect(description.action).toBe("none");
  });

  it.each([
    ["untrusted-iss", "none"],
    ["needs-launch", "relaunch"],
    ["oauth-error", "relaunch"],
    ["discovery-failed", "relaunch"],
    ["unknown", "relaunch"],
  ] as const)("launch error %s → %s", (kind, action) => {
    expect(describeError(new LaunchError(kind, "why")).action).toBe(action);
  });

  it("shows the server's OAuth description and code", () => {
    const error = new LaunchError("oauth-error", "x", {
      oauthError: "access_denied",
      oauthDescription: "User said no",
    });
    expect(describeError(error).detail).toBe("User said no (access_denied)");
  });

  it("links the server's error_uri (Oracle Health sends no description), http(s) only", () => {
    const withUri = (uri: string) =>
      describeError(
        new LaunchError("oauth-error", "x", { oauthError: "unauthorized_client", oauthErrorUri: uri }),
      );
    expect(withUri("https://errors.example/oauth/persona").moreInfoUrl).toBe(
      "https://errors.example/oauth/persona",
    );
    expect(withUri("javascript:alert(1)").moreInfoUrl).toBeUndefined();
    expect(withUri("not a url").moreInfoUrl).toBeUndefined();
  });

  it("describes content and config problems without retry", () => {
    expect(describeError(new MissingContentError("No content.")).action).toBe("none");
    expect(describeError(new Base64Error("Bad base64.")).detail).toBe("Bad base64.");
    expect(describeError(new ConfigError("VITE_X bad")).action).toBe("none");
  });

  it("falls back for anything else", () => {
    expect(describeError(new Error("weird"))).toEqual({
      title: "Something went wrong",
      detail: "weird",
      action: "retry",
    });
    expect(describeError("text").detail).toBe("text");
  });
});
