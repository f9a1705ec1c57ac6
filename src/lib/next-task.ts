/**
 * Runs a callback in a later task (MessageChannel: no 4 ms clamp as nested setTimeouts get), so long work can
 * be split and the browser paints and handles input in between. Returns a function that cancels it.
 */
export function nextTask(callback: () => void): () => void {
  if (typeof MessageChannel === "undefined") {
    const timer = setTimeout(callback, 0);
    return () => {
      clearTimeout(timer);
    };
  }
  const channel = new MessageChannel();
  channel.port1.onmessage = callback;
  channel.port2.postMessage(null);
  return () => {
    channel.port1.onmessage = null;
    channel.port1.close();
  };
}

/**
 * Runs a callback once the page is idle (after the next frame's rendering), or after `timeout` ms at the latest
 * when it never is; it gets the idle deadline (none where the browser has no requestIdleCallback: then it runs
 * after 50 ms). Returns a function that cancels it.
 */
export function whenIdle(callback: (deadline?: IdleDeadline) => void, timeout = 1000): () => void {
  if (typeof requestIdleCallback !== "function") {
    const timer = setTimeout(callback, 50);
    return () => {
      clearTimeout(timer);
    };
  }
  const handle = requestIdleCallback(callback, { timeout });
  return () => {
    cancelIdleCallback(handle);
  };
}

/**
 * Runs `step` once idle (whenIdle), and again at each idle time after, until it returns true (done). Returns a
 * function that stops it.
 */
export function stepWhenIdle(step: (deadline?: IdleDeadline) => boolean): () => void {
  let cancel = () => {};
  const run = (deadline?: IdleDeadline) => {
    if (!step(deadline)) cancel = whenIdle(run);
  };
  cancel = whenIdle(run);
  return () => {
    cancel();
  };
}
