/**
 * The sandbox's generated patients tell a story across documents: the same problems and medications in every
 * summary, with a dose raised, a drug switched, one stopped and problems resolved over the years. Read back
 * through the story core, the way the app reads them.
 */
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../../../sandbox/data/dataset";
import { storyOfText } from "../../../../src/ccda/story/extract-story";
import { mergeStories, type MergedItem } from "../../../../src/ccda/story/merge";
import { tsSortKey } from "../../../../src/ccda/story/times";
import type { DocumentStory } from "../../../../src/ccda/story/types";
import { decodeBytes, isCcda, xmlForParser } from "../../sandbox-data/corpus";

const dataset = buildDataset();

function storiesOf(patientId: string): DocumentStory[] {
  return dataset.documentReferences.flatMap((doc) => {
    if (doc.subject?.reference !== `Patient/${patientId}` || doc.status !== "current") return [];
    const binary = dataset.binaries.get(doc.content[0]?.attachment.url?.slice("Binary/".length) ?? "");
    if (binary === undefined || !isCcda(binary)) return [];
    const story = storyOfText(xmlForParser(decodeBytes(binary.bytes)), { key: doc.id ?? "" });
    return story === undefined ? [] : [story];
  });
}

const byCode = (items: readonly MergedItem[], code: string) =>
  items.find((m) => m.latest.code?.code === code);
const newestSource = (m: MergedItem | undefined) => tsSortKey(m?.sources[0]?.documentTime);
const oldestSource = (m: MergedItem | undefined) => tsSortKey(m?.sources.at(-1)?.documentTime);

describe("Ava Reyes's documents, read together", () => {
  const stories = storiesOf("p-ava-reyes");
  const merged = mergeStories(stories);

  it("has many documents repeating the same problems", () => {
    expect(stories.length).toBeGreaterThan(10);
    const diabetes = byCode(merged.problem, "44054006");
    expect(diabetes?.sources.length).toBeGreaterThan(10);
    expect(diabetes?.latest.status).toBe("Active");
  });

  it("shows metformin's dose raised, then the drug stopped", () => {
    const metformin = byCode(merged.medication, "861007");
    expect(metformin?.latest.status).toBe("Completed");
    expect(metformin?.latest.times.high).toBeDefined();
    const statuses = metformin?.history.map((h) => h.status) ?? [];
    expect(statuses[0]).toBe("Completed");
    expect(statuses).toContain("Active");
    const doses = new Set(metformin?.history.map((h) => h.detail.split(" · ")[0]));
    expect(doses).toEqual(new Set(["2", "1"]));
  });

  it("shows a switch: simvastatin in the older documents, atorvastatin from its start on", () => {
    const simvastatin = byCode(merged.medication, "312961");
    const atorvastatin = byCode(merged.medication, "617310");
    expect(simvastatin).toBeDefined();
    expect(atorvastatin).toBeDefined();
    expect(newestSource(simvastatin) < oldestSource(atorvastatin)).toBe(true);
    // Newer lists no longer name simvastatin: it is flagged (and sorted after the current ones).
    expect(simvastatin?.inLatestList).toBe(false);
    expect(atorvastatin?.inLatestList).toBe(true);
    expect(merged.medication.at(-1)?.latest.code?.code).toBe("312961");
  });

  it("shows pneumonia active at first and resolved later", () => {
    const pneumonia = byCode(merged.problem, "233604007");
    expect(pneumonia?.latest.status).toBe("Resolved");
    expect(pneumonia?.history.at(-1)?.status).toBe("Active");
  });

  it("never lists an immunization or procedure dated after its document", () => {
    for (const story of stories) {
      for (const item of story.items.filter((i) => i.kind === "immunization" || i.kind === "procedure")) {
        expect(tsSortKey(item.times.value) <= tsSortKey(story.time), `${item.name} in ${story.key}`).toBe(
          true,
        );
      }
    }
  });

  it("keeps one medication start date across documents (not one per document)", () => {
    const lisinopril = byCode(merged.medication, "314076");
    expect(new Set(lisinopril?.history.map((h) => h.dates.split(" – ")[0]))).toHaveLength(1);
    expect(lisinopril?.history.length).toBe(2);
  });
});

describe("Lena Novak's documents, read together", () => {
  const merged = mergeStories(storiesOf("p-lena-novak"));

  it("shows the anemia resolved and oral iron stopped", () => {
    expect(byCode(merged.problem, "87522002")?.latest.status).toBe("Resolved");
    expect(byCode(merged.medication, "310325")?.latest.status).toBe("Completed");
    expect(byCode(merged.medication, "197388")).toBeDefined();
  });
});
