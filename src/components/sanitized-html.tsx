import type { SafeHtml } from "../sanitize/safe-html";

/**
 * The ONE place that inserts HTML into the page. It takes only `SafeHtml`, which only the sanitizers in
 * src/sanitize/ produce, so unsanitized markup cannot get here by mistake.
 */
export function SanitizedHtml({ html, className }: { html: SafeHtml; className?: string | undefined }) {
  return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
