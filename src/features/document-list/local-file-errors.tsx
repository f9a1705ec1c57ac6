import type { LocalEntry } from "./local-files";

/** One alert listing every file that could not be opened, each with its own reason. */
export function LocalFileErrors({ failed }: { failed: readonly LocalEntry[] }) {
  if (failed.length === 0) return null;
  return (
    <div className="error-panel" role="alert">
      <p className="error-panel__title">
        {failed.length === 1 ? "One file could not be opened" : `${failed.length} files could not be opened`}
      </p>
      <ul className="local-file__errors">
        {failed.map((entry) => (
          <li key={entry.key}>{entry.ok ? entry.name : entry.message}</li>
        ))}
      </ul>
    </div>
  );
}
