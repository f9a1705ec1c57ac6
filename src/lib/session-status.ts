/**
 * "The SMART session ended" as a tiny external store. A 401 anywhere (fhirclient has already wiped its
 * session by then) flips it once; the viewer then shows a relaunch notice over what is already on screen.
 */

type Listener = () => void;

let ended = false;
const listeners = new Set<Listener>();

export function isSessionEnded(): boolean {
  return ended;
}

export function markSessionEnded(): void {
  if (ended) return;
  ended = true;
  listeners.forEach((listener) => {
    listener();
  });
}

export function subscribeSessionStatus(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** For tests. */
export function resetSessionStatusForTests(): void {
  ended = false;
}
