import { describe, expect, it } from "vitest";
import { LaunchError, toLaunchError } from "../../../src/launch/launch-error";

describe("toLaunchError", () => {
  it("reads the OAuth error and description from the redirect URL", () => {
    const error = toLaunchError(
      new Error("access_denied: The user refused"),
      "?error=access_denied&error_description=The%20user%20refused&state=x",
    );
    expect(error.kind).toBe("oauth-error");
    expect(error.oauthError).toBe("access_denied");
    expect(error.oauthDescription).toBe("The user refused");
  });

  it.each([
    "No 'state' parameter found. Please (re)launch the app.",
    "No state found! Please (re)launch the app.",
  ])("treats %j as needing a launch", (message) => {
    expect(toLaunchError(new Error(message), "").kind).toBe("needs-launch");
  });

  it("recognises discovery failures", () => {
    const error = toLaunchError(
      new Error(
        'Failed to fetch the conformance statement from "https://x/metadata". TypeError: fetch failed',
      ),
      "",
    );
    expect(error.kind).toBe("discovery-failed");
  });

  it("reads a token-endpoint error out of fhirclient's HttpError message", () => {
    const error = toLaunchError(
      new Error("400 Bad Request\nURL: https://x/auth/token\ninvalid_grant: The code was already used"),
      "?code=abc&state=s",
    );
    expect(error.kind).toBe("oauth-error");
    expect(error.oauthError).toBe("invalid_grant");
    expect(error.oauthDescription).toBe("The code was already used");
  });

  it("keeps LaunchErrors and wraps anything else as unknown", () => {
    const original = new LaunchError("untrusted-iss", "no");
    expect(toLaunchError(original, "")).toBe(original);
    const unknown = toLaunchError("boom", "");
    expect(unknown.kind).toBe("unknown");
    expect(unknown.message).toBe("boom");
  });
});
