import type { ReactNode } from "react";

interface ViewToolbarProps {
  children: ReactNode;
  onExpandAll: () => void;
  onCollapseAll: () => void;
  onPreferences: (() => void) | undefined;
  onDownload: () => void;
  onSource: () => void;
  onPrint: () => void;
}

/** The sticky bar over a document: search (children) and the whole-document actions. */
export function ViewToolbar(props: ViewToolbarProps) {
  return (
    <div className="view-toolbar" data-search-skip="">
      {props.children}
      <div className="view-toolbar__actions" role="group" aria-label="Document actions">
        <button type="button" className="button" onClick={props.onExpandAll}>
          Expand all
        </button>
        <button type="button" className="button" onClick={props.onCollapseAll}>
          Collapse all
        </button>
        {props.onPreferences === undefined ? null : (
          <button type="button" className="button" onClick={props.onPreferences}>
            Section preferences
          </button>
        )}
        <button type="button" className="button" onClick={props.onDownload}>
          Download original
        </button>
        <button type="button" className="button" onClick={props.onSource}>
          View source
        </button>
        <button type="button" className="button" onClick={props.onPrint}>
          Print
        </button>
      </div>
    </div>
  );
}
