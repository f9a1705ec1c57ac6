import FHIR from "fhirclient";
import { afterEach, describe, expect, it } from "vitest";
import { applyHostSettings, isPowerChart } from "../../../src/launch/host-settings";

const settings = (FHIR.oauth2 as unknown as { settings: { fullSessionStorageSupport: boolean } }).settings;

afterEach(() => {
  settings.fullSessionStorageSupport = true;
});

describe("applyHostSettings", () => {
  it("keeps fhirclient's defaults in an ordinary browser", () => {
    applyHostSettings(false);
    expect(isPowerChart(window)).toBe(false);
    expect(settings.fullSessionStorageSupport).toBe(true);
  });

  it("keys fhirclient's storage by the state parameter inside PowerChart", () => {
    const powerChart = { external: { DiscernObjectFactory: () => undefined } } as unknown as Window;
    expect(isPowerChart(powerChart)).toBe(true);
    applyHostSettings(isPowerChart(powerChart));
    expect(settings.fullSessionStorageSupport).toBe(false);
  });
});

describe("per-window detection", () => {
  it("recognises per-window state keys and embedded hosts", async () => {
    const { isPerWindowState, isEmbeddedHost, isWebView2 } =
      await import("../../../src/launch/host-settings");
    expect(isPerWindowState("?state=pw-123")).toBe(true);
    expect(isPerWindowState("?state=123")).toBe(false);
    expect(isPerWindowState("")).toBe(false);
    const webView = { chrome: { webview: {} } } as unknown as Window;
    expect(isWebView2(webView)).toBe(true);
    expect(isEmbeddedHost(webView)).toBe(true);
    expect(isEmbeddedHost(window)).toBe(false);
  });
});
