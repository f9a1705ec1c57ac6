import { useMemo } from "react";
import { SanitizedHtml } from "../../components/sanitized-html";
import { sanitizeForeignHtml } from "../../sanitize/sanitize-html";

/** HTML notes written by the EHR (e.g. Soarian inline notes): foreign, so the strict sanitizer. */
export function HtmlView({ html }: { html: string }) {
  const safe = useMemo(() => sanitizeForeignHtml(html), [html]);
  return <SanitizedHtml html={safe} className="foreign-html" />;
}
