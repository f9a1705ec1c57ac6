/** The Documents | Patient story switch: keeps both views, and opening a document from the story goes back. */
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, expect, it, vi } from "vitest";
import type { DocumentSummary } from "../../../src/fhir/document-list";
import { PatientStoryTabs } from "../../../src/features/patient-story/patient-story-tabs";
import { fakeServer } from "./fake-story-session";
import { STORY_DOCS } from "./story-docs";

afterEach(cleanup);

it("switches views, keeps the story's state, and opens a document in the documents view", async () => {
  const server = fakeServer(STORY_DOCS);
  const onOpenDocument = vi.fn<(summary: DocumentSummary) => void>();
  const user = userEvent.setup();
  render(
    <QueryClientProvider client={new QueryClient()}>
      <PatientStoryTabs session={server.session} onOpenDocument={onOpenDocument}>
        <p>the documents view</p>
      </PatientStoryTabs>
    </QueryClientProvider>,
  );
  expect(screen.getByText("the documents view")).toBeVisible();
  await user.click(screen.getByRole("tab", { name: "Patient story" }));
  expect(screen.getByText("the documents view")).not.toBeVisible();
  // The story is its own lazily loaded chunk: the first load may take a moment.
  await user.click(await screen.findByRole("button", { name: "Gather from 6 documents" }, { timeout: 8000 }));
  await screen.findByText("Gathered from 6 documents.", {}, { timeout: 5000 });

  await user.click(screen.getByRole("tab", { name: "Documents" }));
  await user.click(screen.getByRole("tab", { name: "Patient story" }));
  expect(screen.getByText("Gathered from 6 documents.")).toBeInTheDocument();

  await user.click(screen.getAllByRole("button", { name: /Referral note, 15 Jan 2023/ })[0] as HTMLElement);
  expect(onOpenDocument).toHaveBeenCalledWith(expect.objectContaining({ key: "rn-2" }));
  expect(screen.getByRole("tab", { name: "Documents" })).toHaveAttribute("aria-selected", "true");
  expect(screen.getByText("the documents view")).toBeVisible();
});
