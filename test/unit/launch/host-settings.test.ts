import FHIR from "fhirclient";
import { afterEach, describe, expect, it } from "vitest";
import { applyHostSettings, isPowerChart } from "../../../src/launch/host-settings";

const settings = (FHIR.oauth2 as unknown as { settings: { fullSessionStorageSupport: boolean } }).settings;

afterEach(() => {
  settings.fullSessionStorageSupport = true;
});

describe("applyHostSettings", () => {
  it("keeps fhirclient's defaults in an ordinary browser", () => {
    applyHostSettings(window);
    expect(isPowerChart(window)).toBe(false);
    expect(settings.fullSessionStorageSupport).toBe(true);
  });

  it("keys fhirclient's storage by the state parameter inside PowerChart", () => {
    const powerChart = { external: { DiscernObjectFactory: () => undefined } } as unknown as Window;
    expect(isPowerChart(powerChart)).toBe(true);
    applyHostSettings(powerChart);
    expect(settings.fullSessionStorageSupport).toBe(false);
  });
});
