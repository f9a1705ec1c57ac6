/**
 * The whole app (routes, providers, launch, viewer) under StrictMode, with fhirclient's oauth2 replaced by
 * spies: the real fhirclient paths are covered in test/unit/launch against msw.
 */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { StrictMode } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { App } from "../../../src/app/app";
import { resetEhrLaunchForTests } from "../../../src/launch/authorize";
import { resetSmartSessionForTests } from "../../../src/launch/smart-ready";
import { resetSessionStatusForTests } from "../../../src/lib/session-status";

const { ready, authorize } = vi.hoisted(() => ({
  ready: vi.fn<() => Promise<unknown>>(),
  authorize: vi.fn<(options: Record<string, unknown>) => Promise<void>>(),
}));
vi.mock("fhirclient", () => ({ default: { oauth2: { ready, authorize } } }));

const FHIR_BASE = "http://127.0.0.1:4010/fhir";

function json(body: unknown) {
  return { body, response: new Response(null, { headers: { "content-type": "application/fhir+json" } }) };
}

function httpError(status: number, text: string) {
  return Object.assign(
    new Error(`${status} ${text}\nURL: ${FHIR_BASE}/x\nSession expired! Please re-launch the app`),
    {
      name: "HttpError",
      status,
      response: new Response(null, { status }),
    },
  );
}

/** A stand-in for fhirclient's Client: just what launch/client-session reads. */
function fakeClient(request: (options: { url: string }) => Promise<unknown>) {
  return {
    state: { serverUrl: FHIR_BASE, tokenResponse: { access_token: "t", need_patient_banner: false } },
    patient: { id: "p-ava" },
    encounter: { id: null },
    user: { fhirUser: "Practitioner/1" },
    refreshIfNeeded: vi.fn(() => Promise.resolve()),
    request: vi.fn(request),
  };
}

const documentsBundle = {
  resourceType: "Bundle",
  type: "searchset",
  total: 1,
  entry: [
    {
      resource: {
        resourceType: "DocumentReference",
        id: "dr-1",
        status: "current",
        type: { text: "Discharge summary" },
        date: "2024-03-01",
        content: [{ attachment: { contentType: "text/plain", url: "Binary/b-1" } }],
      },
    },
  ],
};

function renderAt(path: string) {
  window.history.replaceState({}, "", path);
  return render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

beforeEach(() => {
  ready.mockReset();
  authorize.mockReset();
  authorize.mockResolvedValue(undefined);
  resetSmartSessionForTests();
  resetEhrLaunchForTests();
  resetSessionStatusForTests();
  // No public/config.json in these tests: the build-time configuration stands (config-gate is tested apart).
  vi.spyOn(globalThis, "fetch").mockResolvedValue(new Response(null, { status: 404 }));
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe("/viewer", () => {
  it("completes the launch with exactly one ready() under StrictMode and lists the documents", async () => {
    ready.mockResolvedValue(fakeClient(() => Promise.resolve(json(documentsBundle))));
    renderAt("/viewer?code=abc&state=xyz");
    expect(await screen.findByRole("button", { name: /Discharge summary/ })).toBeInTheDocument();
    expect(screen.getByRole("banner")).toHaveTextContent("C-CDA Viewer");
    expect(ready).toHaveBeenCalledTimes(1);
  });

  it("shows a 'Launch again' screen when opened without a session", async () => {
    ready.mockRejectedValue(new Error("No 'state' parameter found. Please (re)launch the app."));
    renderAt("/viewer");
    const alert = await screen.findByRole("alert");
    expect(within(alert).getByRole("heading")).toHaveTextContent("Launch the app from your EHR");
    expect(within(alert).getByRole("link", { name: "Launch again" })).toHaveAttribute("href", "/");
  });

  it("shows the authorization server's refusal", async () => {
    ready.mockRejectedValue(new Error("access_denied: The user said no"));
    renderAt("/viewer?error=access_denied&error_description=The%20user%20said%20no");
    expect(await screen.findByText("The user said no (access_denied)")).toBeInTheDocument();
  });

  it("keeps the list on screen and asks for a relaunch when the session ends (401)", async () => {
    const client = fakeClient(({ url }) =>
      url.startsWith("DocumentReference")
        ? Promise.resolve(json(documentsBundle))
        : Promise.reject(httpError(401, "Unauthorized")),
    );
    ready.mockResolvedValue(client);
    renderAt("/viewer");
    await userEvent.click(await screen.findByRole("button", { name: /Discharge summary/ }));
    expect(await screen.findByText("Your session ended — launch again from your EHR.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /Discharge summary/ })).toBeInTheDocument();
  });
});

describe("/launch", () => {
  it("refuses an untrusted iss with a clear error and no redirect", async () => {
    renderAt("/launch?iss=https%3A%2F%2Fevil.example%2Ffhir&launch=l1");
    expect(await screen.findByRole("heading", { name: "This EHR is not trusted" })).toBeInTheDocument();
    expect(screen.getByText(/https:\/\/evil\.example\/fhir/)).toBeInTheDocument();
    expect(authorize).not.toHaveBeenCalled();
  });

  it("authorizes a trusted iss once, even under StrictMode", async () => {
    renderAt(`/launch?iss=${encodeURIComponent(FHIR_BASE)}&launch=l1`);
    expect(await screen.findByText("Connecting to your EHR…")).toBeInTheDocument();
    await vi.waitFor(() => {
      expect(authorize).toHaveBeenCalledTimes(1);
    });
    expect(authorize.mock.calls[0]?.[0]).toMatchObject({
      iss: FHIR_BASE,
      launch: "l1",
      pkceMode: "unsafeV1",
    });
  });
});

describe("/ (start page)", () => {
  it("offers the sandbox and a local file", async () => {
    renderAt("/");
    const servers = await screen.findByRole("list", { name: "FHIR servers" });
    expect(within(servers).getByText(FHIR_BASE)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Open a local file" })).toHaveAttribute("href", "/local");
    // The landing page opens files directly too (several at once).
    expect(screen.getByLabelText("Open C-CDA file")).toHaveAttribute("multiple");
    await userEvent.click(within(servers).getByRole("button", { name: "Sign in to Development sandbox" }));
    expect(authorize).toHaveBeenCalledTimes(1);
    const options = authorize.mock.calls[0]?.[0];
    expect(options).toMatchObject({ iss: FHIR_BASE, redirectUri: `${window.location.origin}/viewer` });
    expect(String(options?.["scope"])).toMatch(/^launch\/patient /);
  });

  it("shows a discovery failure next to the server list", async () => {
    authorize.mockRejectedValue(
      new Error('Failed to fetch the conformance statement from "x". TypeError: fetch failed'),
    );
    renderAt("/");
    await userEvent.click(await screen.findByRole("button", { name: "Sign in to Development sandbox" }));
    expect(await screen.findByText("Could not reach the EHR's sign-in service")).toBeInTheDocument();
  });
});

describe("other routes", () => {
  it("serves the local file page and a not-found page", async () => {
    const { unmount } = renderAt("/local");
    expect(await screen.findByLabelText("Open C-CDA file")).toBeInTheDocument();
    expect(screen.getAllByRole("heading", { level: 1 })).toHaveLength(1);
    unmount();
    renderAt("/nope");
    expect(await screen.findByRole("heading", { name: "Page not found" })).toBeInTheDocument();
  });
});
