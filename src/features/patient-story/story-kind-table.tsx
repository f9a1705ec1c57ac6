import type { MergedItem } from "../../ccda/story/merge";
import type { Trend } from "../../ccda/story/trend";
import { formatTs } from "../../ccda/format/time";
import type { StoryItem, StoryKind } from "../../ccda/story/types";
import { ItemHistory } from "./item-history";
import { SourceLinks } from "./source-links";
import type { OpenSource } from "./story-open";

export const KIND_LABELS: Readonly<Record<StoryKind, string>> = {
  problem: "Problems",
  medication: "Medications",
  allergy: "Allergies and intolerances",
  immunization: "Immunizations",
  result: "Results",
  vital: "Vital signs",
  procedure: "Procedures",
  encounter: "Encounters",
};

function statusClass(status: string): string {
  const s = status.toLowerCase();
  if (/\bactive\b/.test(s) && !s.includes("inactive")) return "story-status story-status--active";
  if (/resolved|completed|inactive|not given|aborted/.test(s)) return "story-status story-status--done";
  return "story-status";
}

/** A long trend (a daily lab over years) shows its most recent values; the documents hold the rest. */
const EARLIER_SHOWN = 20;

function listedOn(item: StoryItem): string {
  return formatTs(item.provenance.documentTime, { dateOnly: true }) || "in an older document";
}

function Earlier({ earlier }: { earlier: readonly MergedItem[] }) {
  if (earlier.length === 0) return null;
  return (
    <details className="story-history">
      <summary>{`${earlier.length} earlier value${earlier.length === 1 ? "" : "s"}`}</summary>
      <ol className="story-history__list">
        {earlier.slice(0, EARLIER_SHOWN).map((m) => (
          <li key={m.key}>{[m.latest.detail, m.latest.dates].filter(Boolean).join(" · ")}</li>
        ))}
      </ol>
      {earlier.length > EARLIER_SHOWN ? (
        <p className="story-muted">{`${earlier.length - EARLIER_SHOWN} older values not shown.`}</p>
      ) : null}
    </details>
  );
}

function Row({ trend, onOpen }: { trend: Trend; onOpen: OpenSource }) {
  const { latest } = trend.latest;
  return (
    <tr>
      <th scope="row">{latest.name}</th>
      <td>
        {latest.status ? <span className={statusClass(latest.status)}>{latest.status}</span> : null}
        {trend.latest.inLatestList ? null : (
          <span className="story-muted story-stale">{` Not in newer lists; last listed ${listedOn(latest)}`}</span>
        )}
      </td>
      <td>{latest.dates}</td>
      <td>
        {latest.detail}
        <ItemHistory history={trend.latest.history} onOpen={onOpen} />
        <Earlier earlier={trend.earlier} />
      </td>
      <td>
        <SourceLinks sources={trend.latest.sources} onOpen={onOpen} />
      </td>
    </tr>
  );
}

interface KindTableProps {
  readonly kind: StoryKind;
  readonly trends: readonly Trend[];
  readonly onOpen: OpenSource;
}

/** One kind's merged items as a table (a caption-less table named by the section heading above it). */
export function StoryKindTable({ kind, trends, onOpen }: KindTableProps) {
  const headingId = `story-kind-${kind}`;
  return (
    <section className="story-kind" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {KIND_LABELS[kind]} <span className="story-count">({trends.length})</span>
      </h3>
      {trends.length === 0 ? (
        <p className="story-muted">None recorded in the gathered documents.</p>
      ) : (
        <div className="story-table-wrap">
          <table className="story-table" aria-labelledby={headingId}>
            <thead>
              <tr>
                <th scope="col">{kind === "result" || kind === "vital" ? "Test" : "Item"}</th>
                <th scope="col">Status</th>
                <th scope="col">Dates</th>
                <th scope="col">Details</th>
                <th scope="col">Documents</th>
              </tr>
            </thead>
            <tbody>
              {trends.map((t) => (
                <Row key={t.key} trend={t} onOpen={onOpen} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
