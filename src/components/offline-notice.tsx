import { onlineManager } from "@tanstack/react-query";
import { useSyncExternalStore } from "react";

const subscribe = (listener: () => void) => onlineManager.subscribe(listener);
const isOnline = () => onlineManager.isOnline();

/**
 * Shown while the browser is offline. React Query pauses requests meanwhile (nothing fails, nothing is
 * lost) and resumes them when the connection returns, so the notice only has to say what is going on.
 */
export function OfflineNotice() {
  const online = useSyncExternalStore(subscribe, isOnline, () => true);
  if (online) return null;
  return (
    <div className="offline-notice" role="status">
      <strong>You are offline.</strong>
      <span> What is on screen stays readable; loading continues when the connection returns.</span>
    </div>
  );
}
