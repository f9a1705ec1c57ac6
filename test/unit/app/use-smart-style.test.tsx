import { waitFor } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { afterEach, describe, expect, it } from "vitest";
import { useSmartStyle } from "../../../src/app/use-smart-style";
import type { SmartSession } from "../../../src/fhir/smart-session";
import { renderWithClient } from "../features/render-with-client";
import { createFakeSession } from "../fhir/fake-session";
import { setupMswServerForFile } from "../fhir/msw-server";

const requests: { url: string; authorization: string | null }[] = [];
setupMswServerForFile(
  http.get("https://ehr.example.test/smart-style.json", ({ request }) => {
    requests.push({ url: request.url, authorization: request.headers.get("authorization") });
    return HttpResponse.json({
      color_background: "#edeae3",
      font_family_body: "Georgia, serif",
      color_text: "url(x)",
    });
  }),
);

function Styled({ session }: { session: SmartSession }) {
  useSmartStyle(session);
  return <p>app</p>;
}

afterEach(() => {
  requests.length = 0;
  document.documentElement.removeAttribute("style");
});

describe("useSmartStyle", () => {
  it("applies a trusted style's valid values as custom properties, without sending the token, and removes them on unmount", async () => {
    const session = createFakeSession({ smartStyleUrl: "https://ehr.example.test/smart-style.json" });
    const { unmount } = renderWithClient(<Styled session={session} />);
    await waitFor(() => {
      expect(document.documentElement.style.getPropertyValue("--color-bg")).toBe("#edeae3");
    });
    expect(document.documentElement.style.getPropertyValue("--font-sans")).toBe("Georgia, serif");
    expect(document.documentElement.style.getPropertyValue("--color-text")).toBe("");
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.map((r) => r.authorization)).toEqual(requests.map(() => null));
    unmount();
    expect(document.documentElement.style.getPropertyValue("--color-bg")).toBe("");
  });

  it("never fetches a style from another origin", async () => {
    const session = createFakeSession({ smartStyleUrl: "https://evil.example.test/smart-style.json" });
    renderWithClient(<Styled session={session} />);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(requests).toEqual([]);
    expect(document.documentElement.style.getPropertyValue("--color-bg")).toBe("");
  });
});
