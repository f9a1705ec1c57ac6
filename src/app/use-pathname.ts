import { useSyncExternalStore } from "react";
import { pathnameSnapshot, subscribeLocation } from "../features/document-list/location";

/** The current pathname, re-read on back/forward and on in-app navigations (start page → /local). */
export function usePathname(): string {
  return useSyncExternalStore(subscribeLocation, pathnameSnapshot);
}
