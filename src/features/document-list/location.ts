/**
 * The address bar as a tiny store. The app has no router: pages read `location` and re-render on popstate
 * and on our own navigations (pushState does not fire popstate, so navigate() announces them itself).
 */
const NAVIGATE_EVENT = "ccda-viewer:navigate";

export function subscribeLocation(onChange: () => void): () => void {
  window.addEventListener("popstate", onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

/** Changes the URL in place (same document) and lets subscribers re-read it. */
export function navigate(url: string, options: { replace?: boolean } = {}): void {
  const target = new URL(url, window.location.href);
  if (target.href === window.location.href) return;
  if (options.replace === true) window.history.replaceState(window.history.state, "", target);
  else window.history.pushState(PUSHED, "", target);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

const PUSHED = { pushedByViewer: true } as const;

/** True when the current history entry was pushed by navigate(), so history.back() stays in the app. */
export function cameFromApp(): boolean {
  const state: unknown = window.history.state;
  return typeof state === "object" && state !== null && "pushedByViewer" in state;
}

export const pathnameSnapshot = (): string => window.location.pathname;
export const searchSnapshot = (): string => window.location.search;
