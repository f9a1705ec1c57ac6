import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { DocumentList } from "../../../src/features/documents/document-list";
import { createFakeSession, TEST_FHIR_BASE } from "../fhir/fake-session";
import { bundle, docRef } from "../fhir/fixtures";
import { deferred, renderWithClient } from "./render-with-client";
import { setupMswServerForFile } from "../fhir/msw-server";

const server = setupMswServerForFile();

const SEARCH = `${TEST_FHIR_BASE}/DocumentReference`;
const next = (page: number) => `${SEARCH}?patient=p-1&page=${page}`;

function renderList() {
  return renderWithClient(
    <DocumentList session={createFakeSession()} selectedKey={undefined} onSelect={() => {}} />,
  );
}

function rowTitles(): string[] {
  const list = screen.getByRole("list", { name: "Documents" });
  return within(list)
    .getAllByRole("button")
    .map((button) => button.querySelector(".document-row__title")?.textContent ?? "");
}

describe("DocumentList", () => {
  it("streams every page, shows progress while paging, and ends with all rows newest first", async () => {
    const lastPage = deferred();
    server.use(
      http.get(SEARCH, async ({ request }) => {
        const page = new URL(request.url).searchParams.get("page");
        if (page === null) {
          return HttpResponse.json(
            bundle([docRef("a", { date: "2024-05-01" }), docRef("b", { date: "2024-04-01" })], {
              total: 5,
              next: next(2),
            }),
          );
        }
        if (page === "2") {
          return HttpResponse.json(
            bundle([docRef("c", { date: "2024-03-01" }), docRef("b")], { total: 5, next: next(3) }),
          );
        }
        await lastPage.promise;
        return HttpResponse.json(
          bundle([docRef("d", { date: "2025-01-01" }), docRef("e", { date: "2020-01-01" })]),
        );
      }),
    );
    renderList();
    expect(await screen.findByText("Loaded 3 of 5")).toBeInTheDocument();
    expect(rowTitles()).toEqual(["Note a", "Note b", "Note c"]);
    lastPage.resolve();
    expect(await screen.findByText("5 documents")).toBeInTheDocument();
    expect(rowTitles()).toEqual(["Note d", "Note a", "Note b", "Note c", "Note e"]);
  });

  it("shows row details: formatted date, author, facility, superseded status", async () => {
    server.use(
      http.get(SEARCH, () =>
        HttpResponse.json(
          bundle([
            docRef("s", {
              status: "superseded",
              date: "2023-07",
              author: [{ display: "Dr. Rivera" }],
              custodian: { display: "Mercy Clinic" },
            }),
          ]),
        ),
      ),
    );
    renderList();
    // Superseded versions are hidden by default; one click shows them.
    await userEvent.click(await screen.findByRole("button", { name: "Show superseded (1)" }));
    const row = await screen.findByRole("button", { name: /Note s/ });
    expect(row).toHaveTextContent("Jul 2023");
    expect(row).toHaveTextContent("Dr. Rivera · Mercy Clinic");
    expect(row).toHaveTextContent("Superseded");
    expect(row.querySelector("time")).toHaveAttribute("datetime", "2023-07");
  });

  it("says so when the patient has no documents", async () => {
    server.use(http.get(SEARCH, () => HttpResponse.json(bundle([], { total: 0 }))));
    renderList();
    expect(await screen.findByText("No documents for this patient")).toBeInTheDocument();
  });

  it("shows an error with a retry that works", async () => {
    let failing = true;
    server.use(
      http.get(SEARCH, () =>
        failing ? new HttpResponse(null, { status: 503 }) : HttpResponse.json(bundle([docRef("a")])),
      ),
    );
    renderList();
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The EHR is unavailable");
    failing = false;
    await userEvent.click(within(alert).getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("button", { name: /Note a/ })).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("keeps loaded rows when a later page fails, and retries only that page", async () => {
    let failPage2 = true;
    const requested: string[] = [];
    server.use(
      http.get(SEARCH, ({ request }) => {
        requested.push(request.url);
        if (new URL(request.url).searchParams.get("page") !== "2") {
          return HttpResponse.json(bundle([docRef("a")], { total: 2, next: next(2) }));
        }
        if (failPage2) return new HttpResponse(null, { status: 500 });
        return HttpResponse.json(bundle([docRef("b")], { total: 2 }));
      }),
    );
    renderList();
    const alert = await screen.findByRole("alert");
    expect(rowTitles()).toEqual(["Note a"]);
    const firstPageRequests = () => requested.filter((url) => !url.includes("page=2")).length;
    const firstPageRequestsBefore = firstPageRequests();
    failPage2 = false;
    await userEvent.click(within(alert).getByRole("button", { name: "Try again" }));
    await waitFor(() => {
      expect(rowTitles()).toEqual(["Note a", "Note b"]);
    });
    expect(firstPageRequests()).toBe(firstPageRequestsBefore);
  });
});
