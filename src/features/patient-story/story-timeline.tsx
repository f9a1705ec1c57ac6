import { useId, useMemo, useState, type KeyboardEvent } from "react";
import type { MergedItem } from "../../ccda/story/merge";
import type { DocumentSummary } from "../../fhir/document-list";
import { documentEvents, encounterEvents, type TimelineEvent } from "./timeline-events";
import { timeScale, yearTicks } from "./timeline-layout";
import type { OpenSource } from "./story-open";

const WIDTH = 960;
const LEFT = 170;
const RIGHT = WIDTH - 20;
const LANE = 34;
const TOP = 28;

interface StoryTimelineProps {
  readonly documents: readonly DocumentSummary[];
  readonly encounters: readonly MergedItem[];
  readonly onOpen: OpenSource;
}

function activate(event: KeyboardEvent, run: () => void) {
  if (event.key === "Enter" || event.key === " ") {
    event.preventDefault();
    run();
  }
}

/** Documents and encounters on a time axis (SVG), one lane per document type; each mark opens its document. */
export function StoryTimeline({ documents, encounters, onOpen }: StoryTimelineProps) {
  const id = useId();
  const events = useMemo(
    () => [...encounterEvents(encounters), ...documentEvents(documents)],
    [documents, encounters],
  );
  const lanes = useMemo(() => [...new Set(events.map((e) => e.lane))], [events]);
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const shownLanes = lanes.filter((l) => !hidden.has(l));
  const shown = events.filter((e) => !hidden.has(e.lane));
  if (events.length === 0) return <p className="story-muted">No dated documents to show.</p>;
  const scale = timeScale(
    events.flatMap((e) => (e.end === undefined ? [e.start] : [e.start, e.end])),
    LEFT,
    RIGHT,
  );
  const height = TOP + Math.max(1, shownLanes.length) * LANE + 10;
  const toggle = (lane: string) => {
    const next = new Set(hidden);
    if (next.has(lane)) next.delete(lane);
    else next.add(lane);
    setHidden(next);
  };
  const laneY = (lane: string) => TOP + shownLanes.indexOf(lane) * LANE + LANE / 2;
  return (
    <div className="story-timeline">
      <fieldset className="story-filters">
        <legend>Show</legend>
        {lanes.map((lane, i) => (
          <label key={lane}>
            <input
              type="checkbox"
              id={`${id}-lane-${i}`}
              checked={!hidden.has(lane)}
              onChange={() => {
                toggle(lane);
              }}
            />{" "}
            {`${lane} (${events.filter((e) => e.lane === lane).length})`}
          </label>
        ))}
      </fieldset>
      <svg
        className="story-timeline__svg"
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="group"
        aria-label={`Timeline of ${shown.length} documents and encounters`}
      >
        {yearTicks(scale).map((t) => (
          <g key={t.ms} aria-hidden="true">
            <line
              x1={scale.x(t.ms)}
              x2={scale.x(t.ms)}
              y1={TOP - 8}
              y2={height - 6}
              className="story-timeline__tick"
            />
            <text x={scale.x(t.ms) + 3} y={TOP - 12} className="story-timeline__year">
              {t.label}
            </text>
          </g>
        ))}
        {shownLanes.map((lane) => (
          <text key={lane} x={8} y={laneY(lane) + 4} className="story-timeline__lane" aria-hidden="true">
            {lane.length > 24 ? `${lane.slice(0, 23)}…` : lane}
          </text>
        ))}
        {shown.map((e) => (
          <Mark
            key={e.id}
            event={e}
            x={scale.x(e.start)}
            x2={e.end === undefined ? undefined : scale.x(e.end)}
            y={laneY(e.lane)}
            onOpen={onOpen}
          />
        ))}
      </svg>
    </div>
  );
}

function Mark({
  event,
  x,
  x2,
  y,
  onOpen,
}: {
  event: TimelineEvent;
  x: number;
  x2: number | undefined;
  y: number;
  onOpen: OpenSource;
}) {
  const date = new Date(event.start).toISOString().slice(0, 10);
  const open = () => {
    onOpen(event.documentKey, event.sectionKey);
  };
  const label = `${event.lane}: ${event.label}, ${date}. Open the document.`;
  return (
    <g
      role="button"
      tabIndex={0}
      aria-label={label}
      className="story-timeline__mark"
      onClick={open}
      onKeyDown={(k) => {
        activate(k, open);
      }}
    >
      <title>{label}</title>
      {x2 === undefined ? (
        <circle cx={x} cy={y} r={7} />
      ) : (
        <rect x={x} y={y - 7} width={Math.max(6, x2 - x)} height={14} rx={3} />
      )}
    </g>
  );
}
