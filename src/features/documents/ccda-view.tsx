import { useId, useMemo } from "react";
import { CcdaDocument } from "../document-view/ccda-document";
import { originalFileName, saveBytes } from "../document-view/download-original";
import { DocumentNotes, type DocumentNote } from "./document-notes";
import { ParseErrorView } from "./parse-error-view";
import { useDocumentOutcome } from "./large-document";
import { LargeLoadNotice } from "./large-load-notice";

interface CcdaViewProps {
  text: string;
  /** Problems found while decoding the bytes, shown with the renderer's warnings. */
  decodeWarnings: readonly string[];
  /** The bytes exactly as received (for "Download original"); the text re-encoded as UTF-8 when absent. */
  bytes?: Uint8Array | undefined;
  /** The document's title as listed (used when the document has none of its own). */
  title?: string | undefined;
}

/** React ids hold punctuation; the renderer wants [a-z0-9-] only. */
function idPrefixFrom(reactId: string): string {
  return `ccda-${reactId.toLowerCase().replace(/[^a-z0-9]+/g, "")}-`;
}

export function CcdaView({ text, decodeWarnings, bytes, title }: CcdaViewProps) {
  const idPrefix = idPrefixFrom(useId());
  const { outcome, progress } = useDocumentOutcome(text, idPrefix);
  const preview = progress !== undefined;
  const parts = useMemo(() => {
    if (outcome === undefined || !outcome.ok) return undefined;
    const all = outcome.parts;
    // Another docId for the preview: the full document then starts with its own expanded/collapsed state
    // (the sections that were not in the preview open as preferences say, not closed).
    return preview ? { ...all, docId: `${all.docId}-preview` } : all;
  }, [outcome, preview]);
  const notice = progress === undefined ? null : <LargeLoadNotice progress={progress} preview={!!parts} />;
  if (outcome === undefined || !outcome.ok || parts === undefined) {
    if (outcome !== undefined && !outcome.ok) return <ParseErrorView error={outcome.error} source={text} />;
    return notice === null ? null : <div className="ccda-view">{notice}</div>;
  }
  // Read at each render of the document: warnings grow as sections render.
  const notes = (): DocumentNote[] => [
    ...decodeWarnings.map((message) => ({ message })),
    ...outcome.warnings,
  ];
  const download = () => {
    const name = originalFileName(outcome.title || title || "document", parts.effectiveTime);
    saveBytes(bytes ?? new TextEncoder().encode(text), name, "application/xml");
  };
  return (
    <div className="ccda-view">
      {notice}
      <CcdaDocument
        parts={parts}
        title={outcome.title || title || "Clinical document"}
        source={text}
        attachments={outcome.attachments}
        onDownload={download}
        notes={() => <DocumentNotes notes={notes()} />}
      />
    </div>
  );
}
