import { useMemo } from "react";
import { ModalDialog } from "./modal-dialog";
import { tokenizeXml } from "./xml-tokens";

/** Above this size only the start is coloured (the rest is plain text): thousands of spans cost more than help. */
const HIGHLIGHT_LIMIT = 400_000;

/** The document's XML as escaped, highlighted text (React text nodes; never parsed as markup by the page). */
export function SourceDialog({
  source,
  title,
  onClose,
}: {
  source: string;
  title: string;
  onClose: () => void;
}) {
  const tokens = useMemo(() => tokenizeXml(source.slice(0, HIGHLIGHT_LIMIT)), [source]);
  const rest = source.length > HIGHLIGHT_LIMIT ? source.slice(HIGHLIGHT_LIMIT) : "";
  return (
    <ModalDialog title={`Source: ${title}`} onClose={onClose} className="source-dialog">
      {rest === "" ? null : (
        <p className="source-dialog__note">
          Large document: colours stop after the first {HIGHLIGHT_LIMIT.toLocaleString()} characters.
        </p>
      )}
      <pre className="source-dialog__code" tabIndex={0} aria-label="XML source">
        <code>
          {tokens.map((token, index) =>
            token.kind === "text" ? (
              token.text
            ) : (
              <span key={index} className={`xml-${token.kind}`}>
                {token.text}
              </span>
            ),
          )}
          {rest}
        </code>
      </pre>
    </ModalDialog>
  );
}
