import { useId, useLayoutEffect, useMemo, useState } from "react";
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

export function CcdaView({ text, decodeWarnings }: CcdaViewProps) {
  const idPrefix = idPrefixFrom(useId());
  const [showDeletions, setShowDeletions] = useState(false);
  const outcome = useMemo(() => {
    markRenderStart();
    return renderDocument(text, { idPrefix });
  }, [text, idPrefix]);
  // Sanitize once, last; nothing touches the HTML after this.
  const safeHtml = useMemo(() => (outcome.ok ? sanitizeDocumentHtml(outcome.html) : undefined), [outcome]);
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
      </div>
      <CcdaToc entries={outcome.toc} />
      <div
        className={`ccda-container${showDeletions ? " ccda-show-deletions" : ""}`}
        data-testid="ccda-container"
      >
        <SanitizedHtml html={safeHtml} className="ccda-document" />
      </div>
      {outcome.attachments.map((attachment) => (
        <BodyAttachmentView key={attachment.index} attachment={attachment} />
      ))}
    </div>
  );
}
