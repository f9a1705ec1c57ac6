import type { DocumentReference } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { summarizeDocument, type DocumentSummary } from "../../../../src/fhir/document-list";
import {
  DEFAULT_LIST_QUERY,
  parseListQuery,
  type ListQuery,
} from "../../../../src/features/document-list/list-query";
import { buildListView, listFacets } from "../../../../src/features/document-list/list-view";

function doc(
  id: string,
  extra: Partial<DocumentReference> & { typeCode?: string; typeText?: string } = {},
): DocumentSummary {
  const { typeCode = "11506-3", typeText = "Progress note", ...rest } = extra;
  return summarizeDocument(
    {
      resourceType: "DocumentReference",
      id,
      status: "current",
      type: { coding: [{ system: "http://loinc.org", code: typeCode }], text: typeText },
      content: [{ attachment: { contentType: "application/xml", url: `Binary/${id}` } }],
      ...rest,
    },
    id,
  );
}

const DOCS = [
  doc("p1", {
    date: "2024-05-01T10:00:00-05:00",
    author: [{ display: "Zoe Young" }],
    custodian: { display: "North Clinic" },
  }),
  doc("c1", {
    date: "2023-01-10",
    typeCode: "34133-9",
    typeText: "Summary of episode note",
    author: [{ display: "Al Brown" }],
    description: "CCD Jan",
    context: { period: { start: "2023-01-09" } },
  }),
  doc("c0", {
    date: "2023-01-08",
    status: "superseded",
    typeCode: "34133-9",
    typeText: "Summary of episode note",
    author: [{ display: "Al Brown" }],
    description: "CCD draft",
    context: { period: { start: "2023-01-09" } },
  }),
  doc("h1", {
    date: "2022-12-29",
    typeCode: "34117-2",
    typeText: "History and physical note",
    context: { encounter: [{ reference: "Encounter/e9", display: "Asthma admission" }] },
  }),
  doc("d1", {
    date: "2023-01-03",
    typeCode: "18842-5",
    typeText: "Discharge summary",
    context: { encounter: [{ reference: "Encounter/e9" }] },
  }),
  doc("x1", {}),
];

const view = (query: Partial<ListQuery>) => buildListView(DOCS, { ...DEFAULT_LIST_QUERY, ...query });
const keys = (query: Partial<ListQuery>) => view(query).ordered.map((d) => d.key);

describe("buildListView", () => {
  it("hides superseded documents by default, counts them, and shows them on request", () => {
    expect(keys({})).toEqual(["p1", "c1", "d1", "h1", "x1"]);
    expect(view({}).hiddenSuperseded).toBe(1);
    expect(keys({ showSuperseded: true })).toEqual(["p1", "c1", "c0", "d1", "h1", "x1"]);
    expect(view({ showSuperseded: true }).hiddenSuperseded).toBe(0);
  });

  it("counts only hidden superseded documents that match the other filters", () => {
    expect(view({ type: "http://loinc.org|11506-3" }).hiddenSuperseded).toBe(0);
    expect(view({ type: "http://loinc.org|34133-9" }).hiddenSuperseded).toBe(1);
  });

  it("sorts by type and by author, newest first within equal keys, unknown authors last", () => {
    expect(keys({ sort: "type" })).toEqual(["d1", "h1", "p1", "x1", "c1"]);
    expect(keys({ sort: "author" })).toEqual(["c1", "p1", "d1", "h1", "x1"]);
  });

  it("filters by free text over title, type and author, every word must match", () => {
    expect(keys({ text: "ccd" })).toEqual(["c1"]);
    expect(keys({ text: "brown episode" })).toEqual(["c1"]);
    expect(keys({ text: "zoe" })).toEqual(["p1"]);
    expect(keys({ text: "zoe episode" })).toEqual([]);
  });

  it("filters by type, author, facility and an inclusive date range on the source's own day", () => {
    expect(keys({ type: "http://loinc.org|18842-5" })).toEqual(["d1"]);
    expect(keys({ author: "Al Brown" })).toEqual(["c1"]);
    expect(keys({ facility: "North Clinic" })).toEqual(["p1"]);
    expect(keys({ from: "2023-01-03", to: "2023-01-10" })).toEqual(["c1", "d1"]);
    // 10:00 at UTC-05:00 is 15:00 UTC the same day: the day shown is the day filtered.
    expect(keys({ from: "2024-05-01", to: "2024-05-01" })).toEqual(["p1"]);
  });

  it("groups by type with each group's documents, groups sorted by name", () => {
    const groups = view({ group: "type" }).groups;
    expect(groups.map((g) => [g.label, g.documents.length])).toEqual([
      ["Discharge summary", 1],
      ["History and physical note", 1],
      ["Progress note", 2],
      ["Summary of episode note", 1],
    ]);
  });

  it("groups by encounter reference, else by shared context period, newest encounter first, the rest last", () => {
    const groups = view({ group: "encounter", showSuperseded: true }).groups;
    expect(groups.map((g) => [g.label, g.documents.map((d) => d.key)])).toEqual([
      [expect.stringMatching(/^Encounter of Jan 9, 2023/), ["c1", "c0"]],
      ["Asthma admission", ["d1", "h1"]],
      ["No encounter", ["p1", "x1"]],
    ]);
    expect(view({ group: "encounter" }).ordered.map((d) => d.key)).toEqual(["c1", "d1", "h1", "p1", "x1"]);
  });
});

describe("listFacets", () => {
  it("offers each type, author and facility once with its count", () => {
    const facets = listFacets(DOCS);
    expect(facets.types.find((t) => t.label === "Summary of episode note")?.count).toBe(2);
    expect(facets.authors).toEqual([
      { value: "Al Brown", label: "Al Brown", count: 2 },
      { value: "Zoe Young", label: "Zoe Young", count: 1 },
    ]);
    expect(facets.facilities).toEqual([{ value: "North Clinic", label: "North Clinic", count: 1 }]);
  });
});

describe("parseListQuery", () => {
  it("keeps valid stored values and replaces odd ones with defaults", () => {
    expect(
      parseListQuery({ sort: "author", group: "encounter", from: "2023-01-01", showSuperseded: true }),
    ).toMatchObject({
      sort: "author",
      group: "encounter",
      from: "2023-01-01",
      showSuperseded: true,
    });
    expect(parseListQuery({ sort: "evil", group: 3, from: "yesterday", text: 42 })).toEqual(
      DEFAULT_LIST_QUERY,
    );
    expect(parseListQuery("nonsense")).toEqual(DEFAULT_LIST_QUERY);
  });
});
