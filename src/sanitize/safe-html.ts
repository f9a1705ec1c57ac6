/**
 * A branded string: HTML that went through one of our sanitizers. Only src/sanitize/ mints it, and
 * <SanitizedHtml> accepts nothing else, so unsanitized HTML cannot reach the DOM by accident.
 */
declare const safeHtmlBrand: unique symbol;

export type SafeHtml = string & { readonly [safeHtmlBrand]: true };

/** Internal: only the sanitizers call this, on DOMPurify's output. */
export function markSafe(html: string): SafeHtml {
  return html as SafeHtml;
}

/** Nothing to show (e.g. before a document is rendered). */
export const EMPTY_SAFE_HTML: SafeHtml = markSafe("");
