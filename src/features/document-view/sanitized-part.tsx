import { SanitizedHtml } from "../../components/sanitized-html";
import { SanitizedNodes } from "../../components/sanitized-nodes";
import type { SafePart } from "./use-safe-parts";

/** A sanitized header, footer or body, whichever form the sanitizer gave it in. */
export function SanitizedPart({ part, className }: { part: SafePart; className?: string | undefined }) {
  return "nodes" in part ? (
    <SanitizedNodes nodes={part.nodes} className={className} />
  ) : (
    <SanitizedHtml html={part.html} className={className} />
  );
}
