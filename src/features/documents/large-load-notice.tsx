interface LargeLoadNoticeProps {
  /** Share of the document read so far, 0…1. */
  progress: number;
  /** Whether the start of the document is already shown under the notice. */
  preview: boolean;
}

/** Says that a large document is still being read (and that what is shown is only its start), with progress. */
export function LargeLoadNotice({ progress, preview }: LargeLoadNoticeProps) {
  const percent = Math.min(100, Math.floor(progress * 100));
  return (
    <div className="prefs-notice ccda-large-notice">
      <p className="prefs-notice__text" role="status">
        {preview
          ? "This is a large document: its first sections are shown while the rest is read."
          : "Reading this large document…"}
      </p>{" "}
      <progress max={100} value={percent} aria-label="Document read">
        {percent}%
      </progress>
    </div>
  );
}
