import { useMemo } from "react";
import type { DocumentParts } from "../../ccda/types";
import type { SafeHtml } from "../../sanitize/safe-html";
import { sanitizeDocumentHtml } from "../../sanitize/sanitize-html";
import { measureSince, now, SANITIZE_MEASURE } from "../documents/render-timing";

export interface SafeParts {
  header: SafeHtml;
  footer: SafeHtml;
  body: SafeHtml;
}

/** The header, footer and non-section body, sanitized (once, last) and measured as `ccda:sanitize`. */
export function useSafeParts(parts: DocumentParts): SafeParts {
  return useMemo(() => {
    const start = now();
    const safe = {
      header: sanitizeDocumentHtml(parts.header),
      footer: sanitizeDocumentHtml(parts.footer),
      body: sanitizeDocumentHtml(parts.body),
    };
    measureSince(SANITIZE_MEASURE, start);
    return safe;
  }, [parts]);
}
