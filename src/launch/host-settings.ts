import FHIR from "fhirclient";

interface BrowserSettings {
  fullSessionStorageSupport?: boolean;
}

/** True inside Cerner PowerChart's embedded browser (MPages), which exposes DiscernObjectFactory. */
export function isPowerChart(win: Window): boolean {
  const external = (win as unknown as { external?: { DiscernObjectFactory?: unknown } }).external;
  return external?.DiscernObjectFactory !== undefined;
}

/**
 * PowerChart's embedded browsers may share sessionStorage between app instances (another patient's session
 * could bleed in). fhirclient then keys its state by the `state` URL parameter, which it keeps in the URL.
 * Must run before authorize() and ready().
 */
export function applyHostSettings(win: Window = window): void {
  if (!isPowerChart(win)) return;
  // The typings of the package's main entry lack the browser entry's `settings` object.
  const settings = (FHIR.oauth2 as unknown as { settings?: BrowserSettings }).settings;
  if (settings !== undefined) settings.fullSessionStorageSupport = false;
}
