/**
 * PowerChart's bleed, reproduced with fhirclient's real browser entry: two app windows share one
 * sessionStorage (as embedded browsers of some PowerChart releases do). Chart A is opened, then chart B; then
 * window A reloads (PowerChart's "As Of" refresh). Per-window sessions must bring back patient A, not B.
 */
import { http, HttpResponse } from "msw";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { PER_WINDOW_STATE_PREFIX } from "../../../src/launch/host-settings";
import { getSmartSession, resetSmartSessionForTests } from "../../../src/launch/smart-ready";
import { setupMswServerForFile } from "../fhir/msw-server";

/**
 * fhirclient's browser entry builds one adapter per page load, and the adapter reads the address once. Each
 * simulated page load here gets a fresh adapter, exactly as the entry builds it; nothing else is replaced.
 */
const page = vi.hoisted(() => ({ api: undefined as unknown as Record<string, unknown> }));
vi.mock("fhirclient", () => ({
  default: {
    get oauth2() {
      return { settings: page.api["options"], ready: page.api["ready"], authorize: page.api["authorize"] };
    },
  },
}));

const BASE = "https://ehr.example.test/fhir";
const TOKEN_URI = "https://ehr.example.test/auth/token";
const SCOPE = "launch openid online_access patient/DocumentReference.read patient/Binary.read";

setupMswServerForFile(
  http.post(TOKEN_URI, async ({ request }) => {
    const code = new URLSearchParams(await request.text()).get("code") ?? "";
    // The code names the chart's patient: code-A → patient A.
    return HttpResponse.json({
      access_token: `token-${code}`,
      token_type: "bearer",
      expires_in: 570,
      scope: SCOPE,
      patient: `patient-${code.slice(-1)}`,
    });
  }),
);

function seedAuthorizeState(key: string) {
  sessionStorage.setItem(
    key,
    JSON.stringify({
      serverUrl: BASE,
      clientId: "ccda-viewer",
      redirectUri: `${window.location.origin}/viewer`,
      tokenUri: TOKEN_URI,
      scope: SCOPE,
      codeVerifier: "verifier",
      key,
      completeInTarget: true,
    }),
  );
}

/**
 * One page load of /viewer in a window whose address is `search`; returns the patient it shows. Fresh modules
 * each time: fhirclient's browser adapter reads the address once per page load, as a real page would.
 */
async function loadViewer(search: string): Promise<string> {
  window.history.replaceState({}, "", `/viewer${search}`);
  const { default: BrowserAdapter } = await import("fhirclient/lib/adapters/BrowserAdapter.js");
  page.api = new BrowserAdapter().getSmartApi();
  resetSmartSessionForTests();
  return (await getSmartSession()).patientId;
}

beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});

describe("per-window sessions (shared sessionStorage)", () => {
  it("keeps each window on its own patient across a reload", async () => {
    const stateA = `${PER_WINDOW_STATE_PREFIX}aaaa`;
    const stateB = `${PER_WINDOW_STATE_PREFIX}bbbb`;
    seedAuthorizeState(stateA);
    seedAuthorizeState(stateB);

    expect(await loadViewer(`?code=code-A&state=${stateA}`)).toBe("patient-A");
    // The code leaves the address bar, the state stays: it is this window's key to its session.
    expect(window.location.search).toBe(`?state=${stateA}`);
    expect(sessionStorage.getItem("SMART_KEY"), "no shared 'current session' pointer").toBeNull();

    expect(await loadViewer(`?code=code-B&state=${stateB}`)).toBe("patient-B");

    // Window A reloads with its own address: patient A, not the last chart opened.
    expect(await loadViewer(window.location.search.replace(stateB, stateA))).toBe("patient-A");
  });

  it("shows the bleed it prevents: without per-window keys a reload follows the last chart", async () => {
    seedAuthorizeState("plain-a");
    seedAuthorizeState("plain-b");
    expect(await loadViewer("?code=code-A&state=plain-a")).toBe("patient-A");
    expect(await loadViewer("?code=code-B&state=plain-b")).toBe("patient-B");
    expect(window.location.search, "fhirclient drops the state from the URL").toBe("");
    // Window A reloads: its URL no longer names its session, so the shared pointer (chart B) wins.
    expect(await loadViewer("")).toBe("patient-B");
  });
});
