/**
 * User Timing for the C-CDA view, visible in the browser's performance panel and read by the bench:
 * - `ccda:parse`: DOMParser's parse of the text (measure);
 * - `ccda:sanitize`: each sanitizing batch (header and first sections, then each later chunk; sum them);
 * - `ccda:first-sections` (mark): the header and the first sections are in the DOM;
 * - `ccda:render`: document text in hand → the whole document's sanitized output inserted (measure);
 * - `ccda:check`: the check of the entries the parse left out, once the page is idle after showing the document
 *   (measure; large-document.ts).
 */
export const RENDER_MEASURE = "ccda:render";
export const PARSE_MEASURE = "ccda:parse";
export const SANITIZE_MEASURE = "ccda:sanitize";
export const CHECK_MEASURE = "ccda:check";
export const FIRST_SECTIONS_MARK = "ccda:first-sections";
const RENDER_START = "ccda:render:start";

function canMark(): boolean {
  return typeof performance !== "undefined" && typeof performance.mark === "function";
}

function canMeasure(): boolean {
  return canMark() && typeof performance.measure === "function";
}

export function now(): number {
  return typeof performance === "undefined" ? Date.now() : performance.now();
}

export function markRenderStart(): void {
  if (canMark()) performance.mark(RENDER_START);
}

/** A measure from `start` (a now() reading) to now. */
export function measureSince(name: string, start: number): void {
  if (!canMeasure()) return;
  try {
    performance.measure(name, { start, end: now() });
  } catch {
    // Older engines without measure options: the figure is only lost, never the render.
  }
}

/**
 * Starts `ccda:render` over from `start` (a now() reading), dropping a measure already taken: a large document's
 * preview completes a render of its own, and the measure is meant to end with the whole document.
 */
export function restartRenderMeasure(start: number): void {
  if (!canMeasure() || typeof performance.clearMeasures !== "function") return;
  performance.clearMeasures(RENDER_MEASURE);
  try {
    performance.mark(RENDER_START, { startTime: start });
  } catch {
    // An engine without mark options: the measure is only lost.
  }
}

export function markFirstSections(): void {
  if (canMark()) performance.mark(FIRST_SECTIONS_MARK);
}

export function measureRender(): void {
  if (!canMeasure()) return;
  try {
    performance.measure(RENDER_MEASURE, RENDER_START);
  } catch {
    // The start mark can be missing when the memoized render was reused; then there is nothing to measure.
  }
  performance.clearMarks(RENDER_START);
}
