import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { mergeDocumentPages } from "../../../src/fhir/document-list";
import {
  fetchDocumentPage,
  fetchFirstDocumentPage,
  firstDocumentPageUrl,
  parseDocumentPage,
  type DocumentPage,
} from "../../../src/fhir/document-search";
import { UnsafeUrlError } from "../../../src/fhir/fhir-http-error";
import { createFakeSession, TEST_FHIR_BASE } from "./fake-session";
import { bundle, docRef } from "./fixtures";
import { setupMswServerForFile } from "./msw-server";

const server = setupMswServerForFile();

/** Follows next links the way the infinite query does: the server's link, untouched. */
async function fetchAll(): Promise<{ pages: DocumentPage[]; requested: string[] }> {
  const session = createFakeSession();
  const pages = [await fetchFirstDocumentPage(session)];
  for (let next = pages[0]?.next; next !== undefined; next = pages.at(-1)?.next) {
    pages.push(await fetchDocumentPage(session, next));
  }
  return { pages, requested: session.requested };
}

describe("DocumentReference search", () => {
  it("asks for the patient's documents, 50 a page, newest first", () => {
    expect(firstDocumentPageUrl("p-1")).toBe("DocumentReference?patient=p-1&_count=50&_sort=-date");
    expect(firstDocumentPageUrl("p 1", false)).toBe("DocumentReference?patient=p+1&_count=50");
  });

  it("follows every next link exactly as the server wrote it", async () => {
    const page2 = `${TEST_FHIR_BASE}/DocumentReference?pageContext=abc%7C123&direction=NEXT`;
    const page3 = `${TEST_FHIR_BASE}/DocumentReference?page=3&pageBookmark=Zz%3D%3D`;
    server.use(
      http.get(`${TEST_FHIR_BASE}/DocumentReference`, ({ request }) => {
        const url = new URL(request.url);
        if (url.searchParams.has("pageContext"))
          return HttpResponse.json(bundle([docRef("b")], { next: page3 }));
        if (url.searchParams.has("pageBookmark")) return HttpResponse.json(bundle([docRef("c")]));
        return HttpResponse.json(bundle([docRef("a")], { total: 3, next: page2 }));
      }),
    );
    const { pages, requested } = await fetchAll();
    expect(requested).toEqual([
      `${TEST_FHIR_BASE}/DocumentReference?patient=p-1&_count=50&_sort=-date`,
      page2,
      page3,
    ]);
    expect(pages.flatMap((page) => page.documents.map((doc) => doc.id))).toEqual(["a", "b", "c"]);
    expect(pages[0]?.total).toBe(3);
  });

  it("retries the first page without _sort when the server rejects it", async () => {
    server.use(
      http.get(`${TEST_FHIR_BASE}/DocumentReference`, ({ request }) =>
        new URL(request.url).searchParams.has("_sort")
          ? HttpResponse.json({ resourceType: "OperationOutcome", issue: [] }, { status: 400 })
          : HttpResponse.json(bundle([docRef("a")])),
      ),
    );
    const { pages, requested } = await fetchAll();
    expect(requested).toHaveLength(2);
    expect(requested[1]).not.toContain("_sort");
    expect(pages[0]?.documents).toHaveLength(1);
  });

  it("does not retry other errors", async () => {
    server.use(
      http.get(`${TEST_FHIR_BASE}/DocumentReference`, () => new HttpResponse(null, { status: 500 })),
    );
    const session = createFakeSession();
    await expect(fetchFirstDocumentPage(session)).rejects.toMatchObject({ status: 500 });
    expect(session.requested).toHaveLength(1);
  });

  it("refuses a next link that leaves the FHIR base", () => {
    const json = bundle([docRef("a")], { next: "https://elsewhere.example/fhir/DocumentReference?page=2" });
    expect(() => parseDocumentPage(json, TEST_FHIR_BASE)).toThrow(UnsafeUrlError);
  });

  it("ignores non-DocumentReference entries (search outcome) and rejects non-Bundles", () => {
    const json = bundle([docRef("a")]);
    json.entry?.push({
      resource: { resourceType: "OperationOutcome", issue: [] },
      search: { mode: "outcome" },
    });
    expect(parseDocumentPage(json, TEST_FHIR_BASE).documents.map((doc) => doc.id)).toEqual(["a"]);
    expect(() => parseDocumentPage({ resourceType: "Patient" }, TEST_FHIR_BASE)).toThrow(/Bundle/);
  });
});

describe("mergeDocumentPages", () => {
  const page = (documents: DocumentPage["documents"], total?: number): DocumentPage => ({
    documents,
    total,
    next: undefined,
  });

  it("de-duplicates by id across pages, keeping the first copy", () => {
    const list = mergeDocumentPages([
      page([docRef("a", { date: "2024-01-01" }), docRef("b", { date: "2023-01-01" })], 3),
      page([docRef("b", { date: "2023-01-01", description: "dup" }), docRef("c", { date: "2022-01-01" })]),
    ]);
    expect(list.documents.map((doc) => doc.key)).toEqual(["a", "b", "c"]);
    expect(list.documents[1]?.resource.description).toBeUndefined();
    expect(list.total).toBe(3);
  });

  it("sorts newest first by date, else context.period.start, else attachment creation; undated last", () => {
    const list = mergeDocumentPages([
      page([
        docRef("undated"),
        docRef("period", { context: { period: { start: "2021-06-01" } } }),
        docRef("creation", {
          content: [
            {
              attachment: {
                contentType: "application/pdf",
                url: "Binary/x",
                creation: "2023-03-01T10:00:00Z",
              },
            },
          ],
        }),
        docRef("dated", { date: "2022-12-31T23:00:00-05:00" }),
      ]),
    ]);
    expect(list.documents.map((doc) => doc.key)).toEqual(["creation", "dated", "period", "undated"]);
  });

  it("summarizes rows defensively", () => {
    const [summary] = mergeDocumentPages([
      page([
        docRef("s", {
          status: "superseded",
          docStatus: "amended",
          type: {
            coding: [{ system: "http://loinc.org", code: "34133-9", display: "Summary of episode note" }],
          },
          author: [{ reference: "Practitioner/1", display: "Dr. Kim" }, { reference: "Practitioner/2" }],
          custodian: { display: "General Hospital" },
        }),
      ]),
    ]).documents;
    expect(summary).toMatchObject({
      title: "Summary of episode note",
      typeText: undefined,
      formatLabel: undefined,
      authors: ["Dr. Kim"],
      facility: "General Hospital",
      superseded: true,
      docStatus: "amended",
    });
  });

  it("titles a row by the document's own title and keeps its type and format beside it", () => {
    const [summary] = mergeDocumentPages([
      page([
        docRef("p", {
          type: { coding: [{ system: "http://loinc.org", code: "11524-6", display: "EKG study" }] },
          content: [
            { attachment: { contentType: "application/pdf", url: "Binary/1", title: "12-lead ECG report" } },
          ],
        }),
      ]),
    ]).documents;
    expect(summary).toMatchObject({ title: "12-lead ECG report", typeText: "EKG study", formatLabel: "PDF" });
  });
});
