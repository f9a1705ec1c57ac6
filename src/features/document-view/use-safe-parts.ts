import { useMemo } from "react";
import type { DocumentParts } from "../../ccda/types";
import type { SafeHtml } from "../../sanitize/safe-html";
import { sanitizeDocumentHtml } from "../../sanitize/sanitize-html";
import { sanitizeDocumentNodes, type SafeNodes } from "../../sanitize/safe-nodes";
import { measureSince, now, SANITIZE_MEASURE } from "../documents/render-timing";

/** One part of the document outside its sections, sanitized: as nodes (the renderer's parts) or as HTML. */
export type SafePart = { nodes: SafeNodes } | { html: SafeHtml };

export interface SafeParts {
  header: SafePart;
  body: SafePart;
}

/** The header and a non-section body, sanitized (once, last) and measured as `ccda:sanitize`. */
export function useSafeParts(parts: DocumentParts): SafeParts {
  return useMemo(() => {
    const start = now();
    const { nodes } = parts;
    const safe: SafeParts =
      nodes === undefined
        ? {
            header: { html: sanitizeDocumentHtml(parts.header) },
            body: { html: sanitizeDocumentHtml(parts.body) },
          }
        : {
            header: { nodes: sanitizeDocumentNodes(nodes.header) },
            body: { nodes: sanitizeDocumentNodes(nodes.body) },
          };
    measureSince(SANITIZE_MEASURE, start);
    return safe;
  }, [parts]);
}

/** Whether a sanitized part has nothing to show. */
export function isEmptyPart(part: SafePart): boolean {
  return "nodes" in part ? part.nodes.length === 0 : part.html === "";
}
