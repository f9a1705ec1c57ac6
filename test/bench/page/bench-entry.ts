/**
 * The bench page: the app's C-CDA pipeline without React, exposed on `window` for the Node side to drive.
 * Output goes the way the app puts it (a fresh element gets the sanitized HTML, then joins the page, as React
 * does when CcdaView mounts), so the figures match the app's `ccda:render` measure.
 */
import { renderDocument } from "../../../src/ccda/render-document";
import { sanitizeDocumentHtml } from "../../../src/sanitize/sanitize-html";
import type { PipelineRun } from "../bench-protocol";

const host = document.getElementById("host")!;
let text = "";
let runs = 0;

function message(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

function pipeline(): PipelineRun {
  runs += 1;
  const t0 = performance.now();
  const outcome = renderDocument(text, { idPrefix: `bench-${runs}-` });
  const t1 = performance.now();
  if (!outcome.ok) return { status: "error", message: outcome.error.message, totalMs: t1 - t0 };
  const safe = sanitizeDocumentHtml(outcome.html);
  const t2 = performance.now();
  const container = document.createElement("div");
  container.className = "ccda-document";
  container.innerHTML = safe;
  host.append(container);
  const t3 = performance.now();
  const height = host.offsetHeight;
  const t4 = performance.now();
  return {
    status: "ok",
    renderMs: t1 - t0,
    sanitizeMs: t2 - t1,
    insertMs: t3 - t2,
    totalMs: t3 - t0,
    layoutMs: height >= 0 ? t4 - t3 : 0,
    outputChars: safe.length,
    elements: container.getElementsByTagName("*").length,
  };
}

window.benchSetText = (value) => {
  host.replaceChildren();
  text = value;
  return text.length;
};

window.benchClear = () => {
  host.replaceChildren();
};

window.benchRender = () => {
  host.replaceChildren();
  try {
    return pipeline();
  } catch (error) {
    return { status: "threw", message: message(error) };
  }
};

window.benchParse = () => {
  const t0 = performance.now();
  const parsed = new DOMParser().parseFromString(text, "application/xml");
  const t1 = performance.now();
  return { parseMs: t1 - t0, wellFormed: parsed.getElementsByTagName("parsererror").length === 0 };
};
