/** What the timeline shows: every listed document (by its type) and every gathered encounter. */
import type { MergedItem } from "../../ccda/story/merge";
import type { DocumentSummary } from "../../fhir/document-list";
import { tsToMs } from "./timeline-layout";

export const ENCOUNTER_LANE = "Encounters";

export interface TimelineEvent {
  readonly id: string;
  readonly lane: string;
  readonly label: string;
  readonly start: number;
  readonly end: number | undefined;
  readonly documentKey: string;
  readonly sectionKey: string | undefined;
}

export function documentEvents(documents: readonly DocumentSummary[]): TimelineEvent[] {
  return documents.flatMap((d) =>
    Number.isFinite(d.time)
      ? [
          {
            id: `doc|${d.key}`,
            lane: d.typeLabel,
            label: d.title,
            start: d.time,
            end: undefined,
            documentKey: d.key,
            sectionKey: undefined,
          },
        ]
      : [],
  );
}

export function encounterEvents(encounters: readonly MergedItem[]): TimelineEvent[] {
  return encounters.flatMap((m) => {
    const start = tsToMs(m.latest.times.low ?? m.latest.times.value);
    const source = m.sources[0];
    if (start === undefined || source === undefined) return [];
    const end = tsToMs(m.latest.times.high);
    return [
      {
        id: `enc|${m.key}`,
        lane: ENCOUNTER_LANE,
        label: [m.latest.name, m.latest.dates].filter(Boolean).join(", "),
        start,
        end: end !== undefined && end > start ? end : undefined,
        documentKey: source.documentKey,
        sectionKey: source.sectionKey,
      },
    ];
  });
}
