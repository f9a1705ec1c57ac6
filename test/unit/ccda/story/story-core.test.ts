/** The story core on hand-written documents: extraction, merging across documents, compare and search. */
import { describe, expect, it } from "vitest";
import { compareStories } from "../../../../src/ccda/story/compare";
import { storyOfText } from "../../../../src/ccda/story/extract-story";
import { mergeKey, mergeStories } from "../../../../src/ccda/story/merge";
import { buildSearchIndex, searchIndex } from "../../../../src/ccda/story/search";
import type { DocumentStory } from "../../../../src/ccda/story/types";
import {
  allergy,
  cdaDocument,
  encounter,
  immunization,
  medication,
  problem,
  procedure,
  result,
  vital,
} from "./synthetic-docs";

const medText = (name: string, sig: string) =>
  `<table><thead><tr><th>Medication</th><th>Sig</th></tr></thead><tbody><tr><td><content ID="m1">${name}</content></td><td>${sig}</td></tr></tbody></table>`;

const older = cdaDocument("20210301", [
  {
    code: "11450-4",
    title: "Problems",
    entries: [
      problem("59621000", "Essential hypertension", "active", "2015"),
      problem("233604007", "Pneumonia", "active", "20210201"),
    ],
  },
  {
    code: "10160-0",
    title: "Medications",
    text: medText("Metformin 500 mg tablet", "once daily"),
    entries: [medication("860975", "m1", "500", "active", "20200101")],
  },
  {
    code: "48765-2",
    title: "Allergies",
    text: "<paragraph>Penicillin: hives</paragraph>",
    entries: [allergy("7980", "Penicillin G", "Hives")],
  },
  { code: "11369-6", title: "Immunizations", entries: [immunization("141", "Influenza", "20201010")] },
  { code: "30954-2", title: "Results", entries: [result("2345-7", "Glucose", "130", "mg/dL", "20210225")] },
  {
    code: "8716-3",
    title: "Vital signs",
    entries: [vital("8480-6", "Systolic blood pressure", "142", "mm[Hg]", "20210225")],
  },
  { code: "47519-4", title: "Procedures", entries: [procedure("399208008", "Chest X-ray", "20210202")] },
  {
    templateId: "2.16.840.1.113883.10.20.22.2.22.1",
    title: "Visits",
    id: "enc-sec",
    entries: [encounter("99213", "Office visit", "20210225", "20210225")],
  },
]);

const newer = cdaDocument(
  "20220401",
  [
    {
      code: "11450-4",
      title: "Problems",
      entries: [
        problem("59621000", "Essential hypertension", "active", "2015"),
        problem("233604007", "Pneumonia", "completed", "20210201", "20210401"),
      ],
    },
    {
      code: "10160-0",
      title: "Medications",
      text: medText("Metformin 1000 mg tablet", "twice daily"),
      entries: [medication("860975", "m1", "1000", "active", "20200101")],
    },
    {
      code: "11369-6",
      title: "Immunizations",
      entries: [
        immunization("141", "Influenza", "20201010"),
        immunization("141", "Influenza", "20211015"),
        immunization("208", "COVID-19", "20220101", true),
      ],
    },
    {
      code: "30954-2",
      title: "Results",
      entries: [
        result("2345-7", "Glucose", "130", "mg/dL", "20210225"),
        result("2345-7", "Glucose", "118", "mg/dL", "20220320"),
      ],
    },
    { code: "29762-2", title: "Social history", text: "<paragraph>Never smoker</paragraph>" },
  ],
  "Annual summary",
);

function story(text: string, key: string): DocumentStory {
  const s = storyOfText(text, { key });
  if (s === undefined) throw new Error(`${key} did not parse`);
  return s;
}

describe("extracting a document's story", () => {
  const s = story(older, "a");

  it("reads every kind, by section LOINC code or by templateId alone", () => {
    const kinds = new Set(s.items.map((i) => i.kind));
    expect([...kinds].sort()).toEqual(
      [
        "allergy",
        "encounter",
        "immunization",
        "medication",
        "problem",
        "procedure",
        "result",
        "vital",
      ].sort(),
    );
  });

  it("keeps codes with their system, statuses and raw dates", () => {
    const htn = s.items.find((i) => i.code?.code === "59621000");
    expect(htn).toMatchObject({ kind: "problem", name: "Essential hypertension", status: "Active" });
    expect(htn?.code?.system).toBe("2.16.840.1.113883.6.96");
    expect(htn?.times.low).toBe("2015");
    const glucose = s.items.find((i) => i.kind === "result");
    expect(glucose?.times.value).toBe("20210225");
    expect(glucose?.detail).toContain("130 mg/dL");
  });

  it("resolves the display text of a medication from the narrative it references", () => {
    const med = s.items.find((i) => i.kind === "medication");
    expect(med?.name).toBe("Metformin 500 mg tablet");
    expect(med?.detail).toContain("500");
  });

  it("records provenance: document, section key and title", () => {
    const enc = s.items.find((i) => i.kind === "encounter");
    expect(enc?.provenance).toMatchObject({
      documentKey: "a",
      documentTime: "20210301",
      sectionKey: "enc-sec",
      sectionTitle: "Visits",
    });
    expect(s.items.find((i) => i.kind === "problem")?.provenance.sectionKey).toBe("s1");
  });

  it("returns undefined for text that is not a CDA document", () => {
    expect(storyOfText("<html><body>hi</body></html>", { key: "x" })).toBeUndefined();
  });
});

describe("merging stories across documents", () => {
  const merged = mergeStories([story(older, "a"), story(newer, "b")]);

  it("de-duplicates by code system and code, newest status first, history kept", () => {
    const pneumonia = merged.problem.find((m) => m.latest.code?.code === "233604007");
    expect(pneumonia?.latest.status).toBe("Resolved");
    expect(pneumonia?.history.map((h) => h.status)).toEqual(["Resolved", "Active"]);
    expect(pneumonia?.sources.map((p) => p.documentKey)).toEqual(["b", "a"]);
    expect(merged.problem).toHaveLength(2);
  });

  it("puts active problems before resolved ones", () => {
    expect(merged.problem.map((m) => m.latest.status)).toEqual(["Active", "Resolved"]);
  });

  it("shows a dose change as two states of one medication", () => {
    expect(merged.medication).toHaveLength(1);
    const [latest, earlier] = merged.medication[0]?.history ?? [];
    expect(latest?.name).toBe("Metformin 1000 mg tablet");
    expect(latest?.detail).toContain("1000");
    expect(earlier?.detail).toContain("500");
  });

  it("keeps events apart by date but merges the same event repeated", () => {
    const glucose = merged.result.filter((m) => m.latest.code?.code === "2345-7");
    expect(glucose).toHaveLength(2);
    expect(glucose.find((g) => g.latest.times.value === "20210225")?.sources).toHaveLength(2);
    expect(merged.immunization.filter((m) => m.latest.code?.code === "141")).toHaveLength(2);
    expect(merged.immunization.find((m) => m.latest.code?.code === "208")?.latest.status).toBe("Not given");
  });

  it("keys uncoded items by their words", () => {
    const [first] = story(older, "a").items;
    if (first === undefined) throw new Error("no items");
    const uncoded = { ...first, code: undefined, name: " Odd Thing " };
    expect(mergeKey(uncoded)).toBe("problem|text|odd thing");
  });
});

describe("comparing two documents", () => {
  const changes = compareStories(story(older, "a"), story(newer, "b"));
  const byTitle = (t: string) => changes.find((c) => c.title === t);

  it("finds added and removed sections", () => {
    expect(byTitle("Social history")?.change).toBe("added");
    expect(byTitle("Allergies")?.change).toBe("removed");
    expect(byTitle("Problems")?.change).toBe("changed");
  });

  it("finds changed, added and removed rows", () => {
    const meds = byTitle("Medications");
    expect(meds?.rows).toEqual([
      expect.objectContaining({ change: "added", label: "Metformin 1000 mg tablet" }),
      expect.objectContaining({ change: "removed", label: "Metformin 500 mg tablet" }),
    ]);
    const problems = byTitle("Problems");
    expect(problems?.rows.map((r) => [r.change, r.label])).toEqual([["changed", "Pneumonia"]]);
  });
});

describe("searching all documents", () => {
  const index = buildSearchIndex([story(older, "a"), story(newer, "b")]);

  it("finds every word of the query in any case, with a snippet around the match", () => {
    const hits = searchIndex(index, "METFORMIN tablet");
    expect(hits.map((h) => h.entry.documentKey)).toEqual(["a", "b"]);
    expect(hits[0]?.snippet.match.toLowerCase()).toBe("metformin");
    expect(hits[0]?.entry.sectionTitle).toBe("Medications");
  });

  it("finds nothing when one word is missing, and nothing for an empty query", () => {
    expect(searchIndex(index, "metformin insulin")).toEqual([]);
    expect(searchIndex(index, "   ")).toEqual([]);
  });
});
