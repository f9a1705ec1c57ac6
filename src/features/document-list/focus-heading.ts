/**
 * Moves focus to the first heading inside `container` once it is there (the document pane may still be
 * suspending on the viewers chunk). Gives up after `timeoutMs`; returns a cancel function.
 */
export function focusHeadingWhenShown(container: HTMLElement, timeoutMs = 5000): () => void {
  const tryFocus = (): boolean => {
    const heading = container.querySelector<HTMLElement>("h2, h1");
    if (heading === null) return false;
    if (!heading.hasAttribute("tabindex")) heading.setAttribute("tabindex", "-1");
    heading.focus({ preventScroll: false });
    return true;
  };
  if (tryFocus()) return () => {};
  const observer = new MutationObserver(() => {
    if (tryFocus()) stop();
  });
  const timer = window.setTimeout(() => {
    stop();
  }, timeoutMs);
  function stop() {
    observer.disconnect();
    window.clearTimeout(timer);
  }
  observer.observe(container, { childList: true, subtree: true });
  return stop;
}
