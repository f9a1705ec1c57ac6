import { useMemo } from "react";
import type { DocumentParts } from "../../ccda/types";
import { sanitizeDocumentNodes, type SafeNodes } from "../../sanitize/safe-nodes";
import { measureSince, now, SANITIZE_MEASURE } from "../documents/render-timing";

/** The header and a non-section body, as sanitized nodes. */
export interface SafeParts {
  header: SafeNodes;
  body: SafeNodes;
}

/** The header and a non-section body, sanitized (once, last) and measured as `ccda:sanitize`. */
export function useSafeParts(parts: DocumentParts): SafeParts {
  return useMemo(() => {
    const start = now();
    const safe: SafeParts = {
      header: sanitizeDocumentNodes(parts.nodes.header),
      body: sanitizeDocumentNodes(parts.nodes.body),
    };
    measureSince(SANITIZE_MEASURE, start);
    return safe;
  }, [parts]);
}
