import { useCallback, useMemo, useState } from "react";
import { flushSync } from "react-dom";
import type { HNode } from "../../ccda/render/html";
import { DETAILS_LABEL } from "../../ccda/render/header";
import { SanitizedNodes } from "../../components/sanitized-nodes";
import { sanitizeDocumentNodes } from "../../sanitize/safe-nodes";
import { measureSince, now, SANITIZE_MEASURE } from "../documents/render-timing";

export interface DocumentDetailsState {
  /** Whether the panel's groups are rendered (they are asked for at most once per document). */
  shown: boolean;
  /** Renders the groups now, committed synchronously (for event handlers: opening, search, print). */
  showNow: () => void;
}

/**
 * The "Document details" panel is closed until the reader opens it, and its groups (the whole header: a third
 * of a small document's output) are rendered only then, or when search or print needs them. `docId` starts
 * over for another document.
 */
export function useDocumentDetails(docId: string, available: boolean): DocumentDetailsState {
  const [shownFor, setShownFor] = useState<string | undefined>(undefined);
  const showNow = useCallback(() => {
    if (!available) return;
    flushSync(() => {
      setShownFor(docId);
    });
  }, [docId, available]);
  return { shown: available && shownFor === docId, showNow };
}

/**
 * The panel itself: the <details> and <summary> are the app's (fixed text), the groups the renderer's,
 * sanitized here once they are asked for and inserted through <SanitizedNodes>.
 */
export function DocumentDetails({
  groups,
  state,
}: {
  groups: () => readonly HNode[];
  state: DocumentDetailsState;
}) {
  const { shown, showNow } = state;
  const safe = useMemo(() => {
    if (!shown) return undefined;
    const raw = groups();
    const start = now();
    const nodes = sanitizeDocumentNodes(raw);
    measureSince(SANITIZE_MEASURE, start);
    return nodes;
  }, [shown, groups]);
  return (
    <div className="ccda-document__footer">
      <div className="ccda-footer">
        <details
          className="ccda-header-details"
          onToggle={(event) => {
            // Opened some other way than its summary (the browser's find, a script): fill it now.
            if (event.currentTarget.open && !shown) showNow();
          }}
        >
          {/* Rendered before the click's default action opens the panel, so it never opens empty. */}
          <summary onClick={shown ? undefined : showNow}>{DETAILS_LABEL}</summary>
          {safe === undefined ? null : (
            <SanitizedNodes nodes={safe} className="ccda-header-details__groups" />
          )}
        </details>
      </div>
    </div>
  );
}
