/**
 * The story core on real certification samples: McKesson Paragon's CCD, referral note and discharge summary
 * for the same test patient (Rebecca Larson), plus every dev document (nothing throws, nothing leaks).
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compareStories } from "../../../../src/ccda/story/compare";
import { storyOfText } from "../../../../src/ccda/story/extract-story";
import { mergeStories } from "../../../../src/ccda/story/merge";
import { buildSearchIndex, searchIndex } from "../../../../src/ccda/story/search";
import type { DocumentStory } from "../../../../src/ccda/story/types";

const ccda = path.join(path.resolve(__dirname, "../../../..", "../shared"), "ccda");
const exists = existsSync(ccda);
if (!exists) console.warn(`SKIPPING real-document story tests: ${ccda} is missing`);

const LARSON = {
  ccd: "bulk/jddamore-ccda-samples/McKesson Paragon/larson-ccd.xml",
  rn: "bulk/jddamore-ccda-samples/McKesson Paragon/larson-rn.xml",
  ds: "dev/jddamore-ccda-samples/McKesson Paragon/larson-ds.xml",
};

function load(rel: string): DocumentStory {
  const story = storyOfText(readFileSync(path.join(ccda, rel), "utf8"), { key: rel });
  if (story === undefined) throw new Error(`${rel} did not parse`);
  return story;
}

/** Problem codes counted straight from the XML, independently of the story code. */
function problemCodes(rel: string): Set<string> {
  const doc = new DOMParser().parseFromString(readFileSync(path.join(ccda, rel), "utf8"), "application/xml");
  const out = new Set<string>();
  for (const s of Array.from(doc.getElementsByTagNameNS("urn:hl7-org:v3", "section"))) {
    const code = Array.from(s.children)
      .find((c) => c.localName === "code")
      ?.getAttribute("code");
    if (code !== "11450-4") continue;
    for (const t of Array.from(s.getElementsByTagNameNS("urn:hl7-org:v3", "templateId"))) {
      if (t.getAttribute("root") !== "2.16.840.1.113883.10.20.22.4.4") continue;
      const value = Array.from(t.parentElement?.children ?? []).find((c) => c.localName === "value");
      const c = value?.getAttribute("code");
      if (c) out.add(c);
    }
  }
  return out;
}

describe.skipIf(!exists)("one patient's CCD, referral note and discharge summary (McKesson Paragon)", () => {
  const stories = exists ? [load(LARSON.ccd), load(LARSON.rn), load(LARSON.ds)] : [];
  const merged = mergeStories(stories);

  it("gathers each problem once, said by all three documents", () => {
    const expected = new Set([
      ...problemCodes(LARSON.ccd),
      ...problemCodes(LARSON.rn),
      ...problemCodes(LARSON.ds),
    ]);
    expect(expected.size).toBeGreaterThan(0);
    expect(new Set(merged.problem.map((m) => m.latest.code?.code))).toEqual(expected);
    for (const m of merged.problem) expect(m.sources, m.latest.name).toHaveLength(3);
  });

  it("takes the newest document's words first (the discharge summary is the latest)", () => {
    const newest = [...stories].sort((a, b) => (b.time ?? "").localeCompare(a.time ?? ""))[0];
    for (const kind of ["problem", "medication", "allergy"] as const) {
      for (const m of merged[kind]) expect(m.sources[0]?.documentKey).toBe(newest?.key);
    }
  });

  it("links every item to a section of its document", () => {
    for (const s of stories) {
      const keys = new Set(s.sections.map((x) => x.key));
      for (const item of s.items) expect(keys.has(item.provenance.sectionKey), item.name).toBe(true);
    }
  });

  it("names what the discharge summary adds over the CCD", () => {
    const [ccd, , ds] = stories;
    if (ccd === undefined || ds === undefined) throw new Error("missing");
    const added = compareStories(ccd, ds)
      .filter((c) => c.change === "added")
      .map((c) => c.title);
    const ccdTitles = new Set(ccd.sections.map((s) => s.title.toLowerCase()));
    expect(added.length).toBeGreaterThan(0);
    for (const title of added) expect(ccdTitles.has(title.toLowerCase())).toBe(false);
    expect(added).toContain("Hospital Course");
  });

  it("finds a problem's name in all three documents' problem sections", () => {
    const name = merged.problem[0]?.latest.name ?? "";
    const hits = searchIndex(buildSearchIndex(stories), name).filter(
      (h) => h.entry.sectionTitle === "Problems",
    );
    expect(new Set(hits.map((h) => h.entry.documentKey)).size).toBe(3);
    expect(hits[0]?.snippet.match.toLowerCase()).toBe(name.toLowerCase().split(/\s+/)[0]);
  });
});

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? allFiles(full) : [full];
  });
}

const devFiles = exists ? allFiles(path.join(ccda, "dev")) : [];

// One test per file: a slow machine reads the 2 MB sample in seconds under jsdom; each file gets its own budget.
describe.skipIf(!exists)("every dev document", () => {
  it.each(devFiles.map((file) => [path.relative(ccda, file), file]))(
    "%s yields a story without throwing, and no 'undefined' or '[object' in any item",
    (_name, file) => {
      const story = storyOfText(readFileSync(file, "utf8"), { key: file });
      for (const item of story?.items ?? []) {
        const words = `${item.name} ${item.status} ${item.dates} ${item.detail}`;
        expect(words, item.provenance.sectionTitle).not.toMatch(/undefined|\[object/);
      }
    },
    120_000,
  );

  it("finds coded items in most of them", () => {
    const withItems = devFiles.filter((file) => {
      const story = storyOfText(readFileSync(file, "utf8"), { key: file });
      return (story?.items.length ?? 0) > 0;
    });
    expect(withItems.length).toBeGreaterThan(devFiles.length / 2);
  }, 300_000);
});
