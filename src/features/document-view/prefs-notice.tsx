import type { Arrangement } from "./section-preferences";

interface PrefsNoticeProps {
  arrangement: Arrangement;
  showingHidden: boolean;
  onShowHidden: (show: boolean) => void;
  onReset: () => void;
}

/** Says plainly that the reader's preferences change what is shown, with one click to undo them. */
export function PrefsNotice({ arrangement, showingHidden, onShowHidden, onReset }: PrefsNoticeProps) {
  const { hidden, reordered, initialOpen, shown } = arrangement;
  const parts: string[] = [];
  if (hidden.length > 0)
    parts.push(`${hidden.length} ${hidden.length === 1 ? "section is" : "sections are"} hidden`);
  if (reordered) parts.push("sections are in your order, not the document's");
  if (initialOpen < shown.length) parts.push(`only the first ${initialOpen} start expanded`);
  if (parts.length === 0) return null;
  return (
    <div className="prefs-notice" role="status">
      <p className="prefs-notice__text">
        Your section preferences for this type of document apply: {parts.join("; ")}.
      </p>
      {hidden.length > 0 ? (
        <button
          type="button"
          className="button"
          onClick={() => {
            onShowHidden(!showingHidden);
          }}
        >
          {showingHidden ? "Hide them again" : `Show hidden sections`}
        </button>
      ) : null}
      <button type="button" className="button" onClick={onReset}>
        Reset to the document as sent
      </button>
    </div>
  );
}
