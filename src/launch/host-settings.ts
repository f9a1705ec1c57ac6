import FHIR from "fhirclient";

interface BrowserSettings {
  fullSessionStorageSupport?: boolean;
}

/** State keys of per-window sessions carry this prefix, so the redirect page knows without any storage. */
export const PER_WINDOW_STATE_PREFIX = "pw-";

/** True inside Cerner PowerChart's embedded browser (MPages), which exposes DiscernObjectFactory. */
export function isPowerChart(win: Window): boolean {
  const external = (win as unknown as { external?: { DiscernObjectFactory?: unknown } }).external;
  return external?.DiscernObjectFactory !== undefined;
}

/** True in an Edge WebView2 control (PowerChart's modern embedded browser, Epic Hyperdrive …). */
export function isWebView2(win: Window): boolean {
  const chrome = (win as unknown as { chrome?: { webview?: unknown } }).chrome;
  return chrome?.webview !== undefined;
}

export function isEmbeddedHost(win: Window): boolean {
  return isPowerChart(win) || isWebView2(win);
}

/** Whether the redirect page's `state` was minted for a per-window session. */
export function isPerWindowState(search: string): boolean {
  return new URLSearchParams(search).get("state")?.startsWith(PER_WINDOW_STATE_PREFIX) === true;
}

/**
 * Per-window sessions: embedded browsers may share sessionStorage between app instances (another chart's
 * patient could bleed in). fhirclient then stores nothing under its shared SMART_KEY and keeps the `state`
 * parameter in the address bar, so each window finds its own session by its own URL — also after a reload.
 * Set explicitly both ways: the setting is module-wide. Must run before authorize() and ready().
 */
export function applyHostSettings(perWindow: boolean): void {
  // The typings of the package's main entry lack the browser entry's `settings` object.
  const settings = (FHIR.oauth2 as unknown as { settings?: BrowserSettings }).settings;
  if (settings !== undefined) settings.fullSessionStorageSupport = !perWindow;
}
