import { describeError } from "../lib/describe-error";

interface ErrorPanelProps {
  error: unknown;
  /** Shown as a "Try again" button when the error is worth retrying. */
  onRetry?: () => void;
  /** Where "Launch again" goes (the start page by default). */
  relaunchHref?: string;
}

export function ErrorPanel({ error, onRetry, relaunchHref = "/" }: ErrorPanelProps) {
  const { title, detail, action, moreInfoUrl } = describeError(error);
  return (
    <div className="error-panel" role="alert">
      <p className="error-panel__title">{title}</p>
      <p className="error-panel__detail">{detail}</p>
      {moreInfoUrl === undefined ? null : (
        <p className="error-panel__more">
          <a href={moreInfoUrl} target="_blank" rel="noopener noreferrer">
            More about this error from the EHR
          </a>
        </p>
      )}
      {action === "retry" && onRetry !== undefined ? (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      ) : null}
      {action === "relaunch" ? (
        <a className="button" href={relaunchHref}>
          Launch again
        </a>
      ) : null}
    </div>
  );
}
