/**
 * nonXMLBody: plain text is shown in a <pre>; inline raster images are shown; base64 text/plain is decoded and
 * shown; every other payload (PDF, HTML, RTF, SVG …) becomes a BodyAttachment for the app, marked in place by
 * <div class="ccda-attachment" data-attachment="i">. An outside reference is named, never fetched.
 */
import { h, type HNode } from "./html";
import { child } from "../parse/xml";
import type { DocumentState } from "./document-state";
import { attachmentPlaceholder, readEd } from "./media";

function decodeUtf8(base64: string): string | undefined {
  try {
    const binary = atob(base64);
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder("utf-8", { fatal: false }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return undefined;
  }
}

function note(message: string): HNode {
  return h("p", { class: "ccda-body-note" }, [message]);
}

export function renderNonXmlBody(body: Element, doc: DocumentState, title: string): HNode[] {
  const ed = child(body, "text");
  const warn = (kind: "external-reference" | "invalid-value", message: string): void => {
    doc.ctx.warnings.add(kind, message, "document body");
  };
  if (!ed) return [note("The document body is empty.")];
  const value = readEd(ed, "text/plain");
  switch (value.kind) {
    case "text":
      if (value.mediaType === "text/html") {
        const index = doc.addAttachment({ mediaType: value.mediaType, text: value.text, title });
        return [attachmentPlaceholder(index, `${title} (HTML)`)];
      }
      return [h("pre", { class: "ccda-plain-text" }, [value.text])];
    case "image":
      return [h("figure", { class: "ccda-media" }, [h("img", { src: value.dataUrl, alt: title })])];
    case "binary": {
      const decoded = value.mediaType === "text/plain" ? decodeUtf8(value.base64) : undefined;
      if (decoded !== undefined) return [h("pre", { class: "ccda-plain-text" }, [decoded])];
      const index = doc.addAttachment({ mediaType: value.mediaType, base64: value.base64, title });
      return [attachmentPlaceholder(index, `${title} (${value.mediaType})`)];
    }
    case "reference": {
      warn("external-reference", `The document body is an outside file that was not loaded: ${value.url}`);
      const index = doc.addAttachment({ mediaType: value.mediaType, reference: value.url, title });
      return [attachmentPlaceholder(index, `External document not loaded: ${value.url}`)];
    }
    case "invalid":
      warn("invalid-value", `The document body could not be shown: ${value.reason}`);
      return [note(`The document body could not be shown: ${value.reason}.`)];
  }
}
