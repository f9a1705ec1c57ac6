/**
 * renderMultiMedia: @referencedObject is an IDREFS list; each id names an observationMedia (its image is shown)
 * or a regionOfInterest (the image it marks is shown, the region named). Nothing is fetched: references are named
 * and reported; non-image payloads become attachments the app can offer.
 */
import { h, plainText, type HNode } from "../html";
import { child, isCda, pathAll } from "../../parse/xml";
import { attachmentPlaceholder, readEd } from "../media";
import type { NarrativeState } from "./state";

function mediaNodes(media: Element, id: string, alt: string, state: NarrativeState): HNode[] {
  const ed = child(media, "value");
  if (!ed) {
    state.warn("invalid-value", `observationMedia "${id}" has no value`);
    return [h("span", { class: "ccda-media-missing" }, [`[No image data for ${id}]`])];
  }
  const value = readEd(ed, "application/octet-stream");
  switch (value.kind) {
    case "image":
      return [h("img", { src: value.dataUrl, alt, class: "ccda-media-image" })];
    case "reference":
      state.warn(
        "external-reference",
        `Image "${id}" refers to an outside address that was not loaded: ${value.url}`,
      );
      return [h("span", { class: "ccda-media-external" }, [`[External image not loaded: ${value.url}]`])];
    case "binary": {
      state.warn("unsupported-media", `Media "${id}" (${value.mediaType}) is offered as an attachment`);
      const title = alt;
      const index = state.doc.addAttachment({ mediaType: value.mediaType, base64: value.base64, title });
      return [attachmentPlaceholder(index, `${title} (${value.mediaType})`)];
    }
    case "text":
      return [h("pre", { class: "ccda-media-text" }, [value.text])];
    case "invalid":
      state.warn("invalid-value", `Media "${id}" could not be shown: ${value.reason}`);
      return [h("span", { class: "ccda-media-missing" }, [`[Image ${id} could not be shown]`])];
  }
}

function resolve(id: string, alt: string, state: NarrativeState): HNode[] {
  const target = state.doc.ctx.ids.get(id);
  if (isCda(target, "observationMedia")) return mediaNodes(target, id, alt, state);
  if (isCda(target, "regionOfInterest")) {
    const media = pathAll(target, "entryRelationship", "observationMedia")[0];
    const note = h("span", { class: "ccda-media-roi" }, [`Region of interest ${id} (region not drawn)`]);
    if (media) return [...mediaNodes(media, media.getAttribute("ID") ?? id, alt, state), note];
    state.warn("broken-reference", `Region of interest "${id}" names no image`);
    return [note];
  }
  state.warn(
    "broken-reference",
    `renderMultiMedia refers to "${id}", which is not an image in this document`,
  );
  return [h("span", { class: "ccda-media-missing" }, [`[Image ${id} not found]`])];
}

export function renderMultiMedia(el: Element, state: NarrativeState): HNode[] {
  const ids = (el.getAttribute("referencedObject") ?? "").split(/\s+/).filter((s) => s !== "");
  const captionEl = child(el, "caption");
  const caption = captionEl ? state.all(captionEl) : [];
  if (ids.length === 0) state.warn("broken-reference", "renderMultiMedia without referencedObject");
  const alt = plainText(caption).replace(/\s+/g, " ").trim();
  const parts = ids.flatMap((id) => resolve(id, alt || `Image ${id}`, state));
  const figcaption = caption.length > 0 && h("figcaption", {}, caption);
  return [h("figure", state.common(el, ["ccda-media"]), [...parts, figcaption])];
}
