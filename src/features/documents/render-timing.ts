/** `ccda:render` = document text in hand → sanitized output inserted in the DOM (see CcdaView). */
export const RENDER_MEASURE = "ccda:render";
const RENDER_START = "ccda:render:start";

function canMark(): boolean {
  return typeof performance !== "undefined" && typeof performance.mark === "function";
}

export function markRenderStart(): void {
  if (canMark()) performance.mark(RENDER_START);
}

export function measureRender(): void {
  if (!canMark() || typeof performance.measure !== "function") return;
  try {
    performance.measure(RENDER_MEASURE, RENDER_START);
  } catch {
    // The start mark can be missing when the memoized render was reused; then there is nothing to measure.
  }
  performance.clearMarks(RENDER_START);
}
