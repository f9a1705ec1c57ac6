import type { CcdaParseError } from "../../ccda/types";

function position(error: CcdaParseError): string {
  // The renderer's message may already say where; do not repeat it.
  if (error.line === undefined || /\bline \d+/i.test(error.message)) return "";
  return error.column === undefined
    ? ` (line ${error.line})`
    : ` (line ${error.line}, column ${error.column})`;
}

/** An unreadable document: say why and where, and offer the raw text (escaped by React) to read. */
export function ParseErrorView({ error, source }: { error: CcdaParseError; source: string }) {
  return (
    <div className="parse-error">
      <div role="alert">
        <p className="error-panel__title">This document could not be read</p>
        <p>
          {error.message}
          {position(error)}
        </p>
      </div>
      <details>
        <summary>View source</summary>
        <pre className="text-view">{source}</pre>
      </details>
    </div>
  );
}
