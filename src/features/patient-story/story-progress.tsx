import type { StoryLoad } from "./use-story-loader";

interface StoryProgressProps {
  readonly load: StoryLoad;
  readonly candidates: number;
  readonly listComplete: boolean;
  readonly onStart: () => void;
  readonly onCancel: () => void;
}

function outcome(load: StoryLoad): string {
  const read = load.stories.size;
  const parts = [`Gathered from ${read} document${read === 1 ? "" : "s"}`];
  if (load.notCcda > 0) parts.push(`${load.notCcda} not C-CDA`);
  if (load.failures.length > 0) parts.push(`${load.failures.length} could not be loaded`);
  const text = parts.join(", ");
  return load.status === "cancelled"
    ? `Stopped after ${load.finished} of ${load.total}. ${text}.`
    : `${text}.`;
}

/** The gather button, the progress bar while documents load, and what came of it. */
export function StoryProgress({ load, candidates, listComplete, onStart, onCancel }: StoryProgressProps) {
  const plural = candidates === 1 ? "" : "s";
  if (load.status === "loading") {
    return (
      <div className="story-progress">
        <label className="story-progress__label">
          {`Reading documents: ${load.finished} of ${load.total}`}
          <progress max={load.total} value={load.finished} />
        </label>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    );
  }
  return (
    <div className="story-progress">
      {load.status === "idle" ? (
        <p>
          {`Read the problems, medications, allergies, immunizations, results, vital signs, procedures and encounters of the patient's ${candidates} structured document${plural}, and merge them into one summary.`}
          {listComplete ? "" : " (The document list is still loading; more documents may follow.)"}
        </p>
      ) : (
        <p role="status">{outcome(load)}</p>
      )}
      <button type="button" className="button button--primary" onClick={onStart} disabled={candidates === 0}>
        {load.status === "idle" ? `Gather from ${candidates} document${plural}` : "Gather again"}
      </button>
      {load.failures.length > 0 ? (
        <details className="story-failures">
          <summary>Documents that could not be loaded</summary>
          <ul>
            {load.failures.map((f) => (
              <li key={f.key}>{`${f.title}: ${f.message}`}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
