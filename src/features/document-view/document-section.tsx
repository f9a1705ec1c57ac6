import { useEffect, useLayoutEffect, useRef } from "react";
import type { DocumentSection } from "../../ccda/types";
import { SanitizedNodes } from "../../components/sanitized-nodes";
import type { SafeNodes } from "../../sanitize/safe-nodes";
import { formatSize } from "./format-size";

interface DocumentSectionViewProps {
  section: DocumentSection;
  /** Sanitized chunks so far (a long section arrives in several). */
  html: readonly SafeNodes[] | undefined;
  /** All chunks are there. */
  complete: boolean;
  open: boolean;
  onOpenChange: (index: number, open: boolean) => void;
  index: number;
}

/**
 * One top-level section: a heading whose button collapses the content, and the sanitized content. Collapsed
 * content is `hidden="until-found"`: out of the layout, yet the browser's find-in-page still searches it and
 * opens it on a match (the `beforematch` event tells us).
 */
export function DocumentSectionView({
  section,
  html,
  complete,
  open,
  onOpenChange,
  index,
}: DocumentSectionViewProps) {
  const contentRef = useRef<HTMLDivElement>(null);
  const contentId = `${section.id}-content`;
  useLayoutEffect(() => {
    const el = contentRef.current;
    if (el === null) return;
    // React 19 has no until-found value for `hidden`; it never renders the attribute, so it leaves it to us.
    if (open) el.removeAttribute("hidden");
    else el.setAttribute("hidden", "until-found");
  }, [open]);
  useEffect(() => {
    const el = contentRef.current;
    if (el === null) return undefined;
    const onMatch = () => {
      onOpenChange(index, true);
    };
    el.addEventListener("beforematch", onMatch);
    return () => {
      el.removeEventListener("beforematch", onMatch);
    };
  }, [index, onOpenChange]);
  return (
    <section
      id={section.id}
      className={open ? "ccda-section doc-section" : "ccda-section doc-section doc-section--collapsed"}
      aria-labelledby={section.headingId}
      data-section-index={index}
    >
      <h2 id={section.headingId} className="ccda-section-title ccda-level-2 doc-section__heading">
        <button
          type="button"
          className="doc-section__toggle"
          aria-expanded={open}
          aria-controls={contentId}
          onClick={() => {
            onOpenChange(index, !open);
          }}
        >
          <span className="doc-section__title">{section.title}</span>
          {open ? null : <span className="doc-section__size"> ({formatSize(section.textSize)})</span>}
        </button>
      </h2>
      <div ref={contentRef} id={contentId} className="doc-section__content">
        {(html ?? []).map((chunk, k) => (
          <SanitizedNodes key={k} nodes={chunk} className="doc-section__html" />
        ))}
        {complete ? null : <p className="doc-section__pending">Loading this section…</p>}
      </div>
    </section>
  );
}
