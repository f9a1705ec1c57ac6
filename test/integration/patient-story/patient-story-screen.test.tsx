/**
 * The patient story screen over a fake FHIR server: gathering with a progress bar (4 requests at a time,
 * cancellable, cached content reused), the merged summary with provenance links, what changed, search and
 * the timeline, each opening a document.
 */
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup } from "@testing-library/react";
import type { DocumentSummary } from "../../../src/fhir/document-list";
import { PatientStoryScreen } from "../../../src/features/patient-story/patient-story-screen";
import { fakeServer, type FakeServer } from "./fake-story-session";
import { STORY_DOCS } from "./story-docs";

afterEach(cleanup);

function setup(server: FakeServer = fakeServer(STORY_DOCS)) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const onOpen = vi.fn<(summary: DocumentSummary, sectionKey?: string) => void>();
  const user = userEvent.setup();
  render(
    <QueryClientProvider client={client}>
      <PatientStoryScreen session={server.session} onOpen={onOpen} />
    </QueryClientProvider>,
  );
  return { server, onOpen, user };
}

async function gather(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole("button", { name: "Gather from 6 documents" }));
  await screen.findByText("Gathered from 6 documents.", {}, { timeout: 5000 });
  // The summary follows the progress (deferred rendering): wait until it shows the gathered documents.
  await screen.findByRole("table", { name: /Problems/ }, { timeout: 5000 });
}

describe("gathering the documents", () => {
  it("reads every document at most 4 at a time, then again from the cache without new requests", async () => {
    const { server, user } = setup();
    await gather(user);
    expect(server.binaryRequests()).toBe(6);
    expect(server.maxInFlight()).toBeLessThanOrEqual(4);
    expect(server.maxInFlight()).toBeGreaterThan(1);
    await user.click(screen.getByRole("button", { name: "Gather again" }));
    await screen.findByText("Gathered from 6 documents.", {}, { timeout: 5000 });
    expect(server.binaryRequests()).toBe(6);
  });

  it("shows progress and can be cancelled: requests are aborted and no more start", async () => {
    const server = fakeServer(STORY_DOCS);
    server.hold();
    const { user } = setup(server);
    await user.click(await screen.findByRole("button", { name: "Gather from 6 documents" }));
    const bar = await screen.findByRole("progressbar");
    expect(bar).toHaveAttribute("max", "6");
    await waitFor(() => {
      expect(server.binaryRequests()).toBe(4);
    });
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(await screen.findByText(/^Stopped after 0 of 6/, {}, { timeout: 5000 })).toBeInTheDocument();
    server.release();
    await waitFor(() => {
      expect(server.aborted()).toBe(4);
    });
    expect(server.binaryRequests()).toBe(4);
  });
});

describe("the summary", () => {
  it("merges a medication across documents: latest status first, history and provenance links", async () => {
    const { user, onOpen } = setup();
    await gather(user);
    const table = await screen.findByRole("table", { name: /Medications/ }, { timeout: 5000 });
    const row = within(table).getByRole("row", { name: /Metformin 1000 mg tablet/ });
    expect(within(row).getByText("Completed")).toBeInTheDocument();
    // Stopped (1000 mg) ← active at 1000 mg ← active at 500 mg.
    await user.click(within(row).getByText("History (3 versions)"));
    expect(within(row).getByText(/^Metformin 1000 mg tablet · Active/)).toBeInTheDocument();
    expect(within(row).getByText(/^Metformin 500 mg tablet · Active/)).toBeInTheDocument();
    await user.click(
      within(row).getAllByRole("button", { name: /Continuity of care, 1 Jun 2023/ })[0] as HTMLElement,
    );
    expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ key: "ccd-3" }), "s2");
  });

  it("lists a resolved problem after the active one, and results grouped by test with earlier values", async () => {
    const { user } = setup();
    await gather(user);
    const problems = await screen.findByRole("table", { name: /Problems/ }, { timeout: 5000 });
    const names = within(problems)
      .getAllByRole("rowheader")
      .map((c) => c.textContent);
    expect(names).toEqual(["Essential hypertension", "Pneumonia"]);
    const results = screen.getByRole("table", { name: /Results/ });
    expect(within(results).getAllByRole("rowheader")).toHaveLength(1);
    expect(within(results).getByText("2 earlier values")).toBeInTheDocument();
  });
});

describe("what changed, search and timeline", () => {
  it("compares the newest document with the previous one of its type", async () => {
    const { user, onOpen } = setup();
    await gather(user);
    await user.click(screen.getByRole("tab", { name: "What changed" }));
    expect(
      screen.getByText(/Continuity of care \(1 Apr 2022\) → Continuity of care \(1 Jun 2023\)/),
    ).toBeInTheDocument();
    const removed = screen.getByRole("row", { name: /Removed Glucose 118/ });
    expect(removed).toBeInTheDocument();
    await user.click(screen.getAllByRole("button", { name: "Open in the newer document" })[0] as HTMLElement);
    expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ key: "ccd-3" }), expect.any(String));
  });

  it("finds words across documents, grouped by document, and opens the document at the match", async () => {
    const { user, onOpen } = setup();
    await gather(user);
    await user.click(screen.getByRole("tab", { name: "Search all documents" }));
    await user.type(screen.getByRole("searchbox", { name: "Search all gathered documents" }), "insulin");
    expect(await screen.findByText("1 matching section in 1 document.")).toBeInTheDocument();
    expect(screen.getByText("insulin", { selector: "mark" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Hospital course" }));
    // The matched word goes along, so the document opens with its find bar on it.
    expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ key: "ds-1" }), "s2", "insulin");
  });

  it("draws documents and encounters on a timeline, filterable, each mark opening its document", async () => {
    const { user, onOpen } = setup();
    await gather(user);
    await user.click(screen.getByRole("tab", { name: "Timeline" }));
    const marks = screen.getAllByRole("button", { name: /Open the document\.$/ });
    expect(marks).toHaveLength(6 + 4);
    await user.click(screen.getByRole("checkbox", { name: /Encounters/ }));
    expect(screen.getAllByRole("button", { name: /Open the document\.$/ })).toHaveLength(6);
    const discharge = screen.getByRole("button", {
      name: /^Discharge summary: Discharge summary, 2022-09-10/,
    });
    discharge.focus();
    await user.keyboard("{Enter}");
    expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ key: "ds-1" }), undefined);
  });

  it("moves between the views with the arrow keys", async () => {
    const { user } = setup();
    const summaryTab = await screen.findByRole("tab", { name: "Summary" });
    summaryTab.focus();
    await user.keyboard("{ArrowRight}");
    expect(screen.getByRole("tab", { name: "What changed" })).toHaveFocus();
    expect(screen.getByRole("tab", { name: "What changed" })).toHaveAttribute("aria-selected", "true");
    await user.keyboard("{End}");
    expect(screen.getByRole("tab", { name: "Timeline" })).toHaveFocus();
  });
});
