import { useCallback, useId, useLayoutEffect, useMemo, useState } from "react";
import { createPortal } from "react-dom";
import { renderDocument } from "../../ccda/render-document";
import { SanitizedHtml } from "../../components/sanitized-html";
import { sanitizeDocumentHtml } from "../../sanitize/sanitize-html";
import { BodyAttachmentView } from "./body-attachment-view";
import { CcdaToc } from "./ccda-toc";
import { DocumentNotes, type DocumentNote } from "./document-notes";
import { ParseErrorView } from "./parse-error-view";
import { markRenderStart, measureRender } from "./render-timing";

interface CcdaViewProps {
  text: string;
  /** Problems found while decoding the bytes, shown with the renderer's warnings. */
  decodeWarnings: readonly string[];
}

/** React ids hold punctuation; the renderer wants [a-z0-9-] only. */
function idPrefixFrom(reactId: string): string {
  return `ccda-${reactId.toLowerCase().replace(/[^a-z0-9]+/g, "")}-`;
}

const DELETION_RE = /class="[^"]*\bccda-del\b/;

function findAttachmentTargets(container: Element): Map<number, Element> {
  const found = new Map<number, Element>();
  container.querySelectorAll("[data-attachment]").forEach((element) => {
    const index = Number(element.getAttribute("data-attachment"));
    if (Number.isInteger(index) && !found.has(index)) found.set(index, element);
  });
  return found;
}

export function CcdaView({ text, decodeWarnings }: CcdaViewProps) {
  const idPrefix = idPrefixFrom(useId());
  const [showDeletions, setShowDeletions] = useState(false);
  const outcome = useMemo(() => {
    markRenderStart();
    return renderDocument(text, { idPrefix });
  }, [text, idPrefix]);
  // Sanitize once, last. The only later addition is React-rendered attachment views inside the markers.
  const safeHtml = useMemo(() => (outcome.ok ? sanitizeDocumentHtml(outcome.html) : undefined), [outcome]);
  // The toggle only appears when the document has deleted text to show.
  const hasDeletions = useMemo(() => safeHtml !== undefined && DELETION_RE.test(safeHtml), [safeHtml]);
  const [targets, setTargets] = useState<ReadonlyMap<number, Element>>(() => new Map());
  // Attachments go inside the renderer's <div class="ccda-attachment" data-attachment="i"> markers; the ref
  // runs after SanitizedHtml inserted its HTML, so the markers exist by then.
  const containerRef = useCallback(
    (node: HTMLDivElement | null) => {
      if (node === null || safeHtml === undefined) return;
      setTargets(findAttachmentTargets(node));
    },
    [safeHtml],
  );
  useLayoutEffect(() => {
    // Runs after SanitizedHtml committed its DOM: the measure covers text → inserted output.
    if (safeHtml !== undefined) measureRender();
  }, [safeHtml]);

  if (!outcome.ok || safeHtml === undefined) {
    return outcome.ok ? null : <ParseErrorView error={outcome.error} source={text} />;
  }
  const notes: DocumentNote[] = [...decodeWarnings.map((message) => ({ message })), ...outcome.warnings];
  return (
    <div className="ccda-view">
      <div className="ccda-toolbar">
        <DocumentNotes notes={notes} />
        {hasDeletions ? (
          <label className="ccda-toolbar__toggle">
            <input
              type="checkbox"
              checked={showDeletions}
              onChange={(event) => {
                setShowDeletions(event.target.checked);
              }}
            />{" "}
            Show deletions
          </label>
        ) : null}
      </div>
      <CcdaToc entries={outcome.toc} />
      <div
        ref={containerRef}
        className={`ccda-container${showDeletions ? " ccda-show-deletions" : ""}`}
        data-testid="ccda-container"
      >
        <SanitizedHtml html={safeHtml} className="ccda-document" />
      </div>
      {outcome.attachments.map((attachment) => {
        const view = <BodyAttachmentView key={attachment.index} attachment={attachment} />;
        const target = targets.get(attachment.index);
        return target === undefined ? view : createPortal(view, target, String(attachment.index));
      })}
    </div>
  );
}
