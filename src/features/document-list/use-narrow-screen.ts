import { useSyncExternalStore } from "react";

/** Same breakpoint as viewer.css: below it the list and the document take turns instead of sharing the screen. */
export const NARROW_QUERY = "(max-width: 52rem)";

function mediaQuery(): MediaQueryList | undefined {
  return typeof window.matchMedia === "function" ? window.matchMedia(NARROW_QUERY) : undefined;
}

function subscribe(onChange: () => void): () => void {
  const query = mediaQuery();
  query?.addEventListener("change", onChange);
  return () => {
    query?.removeEventListener("change", onChange);
  };
}

export function useNarrowScreen(): boolean {
  return useSyncExternalStore(subscribe, () => mediaQuery()?.matches ?? false);
}
