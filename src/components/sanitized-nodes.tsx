import { useLayoutEffect, useRef } from "react";
import type { SafeNodes } from "../sanitize/safe-nodes";

/**
 * The ONE place that inserts sanitized DOM nodes into the page (the counterpart of <SanitizedHtml> for
 * output built as nodes). It takes only `SafeNodes`, which only src/sanitize/ mints. React renders an empty
 * box and the nodes are moved into it; moving them again (a remount) leaves them where they belong.
 */
export function SanitizedNodes({ nodes, className }: { nodes: SafeNodes; className?: string | undefined }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const box = ref.current;
    if (box === null) return;
    const fragment = box.ownerDocument.createDocumentFragment();
    for (const node of nodes) fragment.appendChild(node);
    box.replaceChildren(fragment);
  }, [nodes]);
  return <div ref={ref} className={className} />;
}
