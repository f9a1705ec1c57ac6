import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { DocumentList } from "../../../../src/features/documents/document-list";
import { createFakeSession, TEST_FHIR_BASE } from "../../fhir/fake-session";
import { bundle, docRef } from "../../fhir/fixtures";
import { setupMswServerForFile } from "../../fhir/msw-server";
import { renderWithClient } from "../render-with-client";

const loinc = (code: string, text: string) => ({ coding: [{ system: "http://loinc.org", code }], text });

const server = setupMswServerForFile(
  http.get(`${TEST_FHIR_BASE}/DocumentReference`, () =>
    HttpResponse.json(
      bundle([
        docRef("p1", {
          date: "2024-05-01",
          type: loinc("11506-3", "Progress note"),
          author: [{ display: "Zoe Young" }],
        }),
        docRef("d1", {
          date: "2023-01-03",
          type: loinc("18842-5", "Discharge summary"),
          author: [{ display: "Al Brown" }],
          context: { encounter: [{ reference: "Encounter/e1", display: "Asthma stay" }] },
        }),
        docRef("h1", {
          date: "2022-12-29",
          type: loinc("34117-2", "History and physical note"),
          author: [{ display: "Al Brown" }],
          context: { encounter: [{ reference: "Encounter/e1" }] },
        }),
        docRef("d0", {
          date: "2023-01-02",
          status: "superseded",
          type: loinc("18842-5", "Discharge summary"),
        }),
      ]),
    ),
  ),
);

beforeEach(() => {
  window.sessionStorage.clear();
});

function renderList(onSelect = vi.fn()) {
  renderWithClient(
    <DocumentList session={createFakeSession()} selectedKey={undefined} onSelect={onSelect} />,
  );
  return onSelect;
}

const titles = () => [...document.querySelectorAll(".document-row__title")].map((el) => el.textContent);

describe("DocumentList controls", () => {
  it("searches titles, types and authors as the user types", async () => {
    renderList();
    await screen.findByRole("button", { name: /Progress note/ });
    await userEvent.type(screen.getByLabelText("Search documents"), "brown");
    await vi.waitFor(() => {
      expect(titles()).toEqual(["Discharge summary", "History and physical note"]);
    });
    expect(screen.getByText("2 shown")).toBeInTheDocument();
  });

  it("filters by type, and clears the filters in one click", async () => {
    renderList();
    await screen.findByRole("button", { name: /Progress note/ });
    await userEvent.click(screen.getByText("Filters"));
    await userEvent.selectOptions(screen.getByLabelText("Type"), "Discharge summary (2)");
    await vi.waitFor(() => {
      expect(titles()).toEqual(["Discharge summary"]);
    });
    await userEvent.click(screen.getAllByRole("button", { name: "Clear filters" })[0]!);
    await vi.waitFor(() => {
      expect(titles()).toHaveLength(3);
    });
  });

  it("hides superseded versions by default with their count, and shows them in one click", async () => {
    renderList();
    await screen.findByRole("button", { name: /Progress note/ });
    expect(titles()).toHaveLength(3);
    expect(screen.getByText("1 superseded hidden")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Show superseded (1)" }));
    await vi.waitFor(() => {
      expect(titles()).toHaveLength(4);
    });
    expect(screen.getByRole("button", { name: "Hide superseded" })).toBeInTheDocument();
  });

  it("groups by encounter with counts, and remembers the choice for the tab", async () => {
    const { unmount } = renderWithClient(
      <DocumentList session={createFakeSession()} selectedKey={undefined} onSelect={() => {}} />,
    );
    await screen.findByRole("button", { name: /Progress note/ });
    await userEvent.selectOptions(screen.getByLabelText("Group by"), "encounter");
    const stay = await screen.findByRole("heading", { level: 3, name: "Asthma stay (2)" });
    const section = stay.closest("section");
    expect(section).not.toBeNull();
    expect(
      within(section!)
        .getAllByRole("button")
        .map((b) => b.querySelector(".document-row__title")?.textContent),
    ).toEqual(["Discharge summary", "History and physical note"]);
    expect(screen.getByRole("heading", { level: 3, name: "No encounter (1)" })).toBeInTheDocument();
    expect(window.sessionStorage.getItem(Object.keys(window.sessionStorage)[0] ?? "")).toContain(
      '"group":"encounter"',
    );
    unmount();
    renderWithClient(
      <DocumentList session={createFakeSession()} selectedKey={undefined} onSelect={() => {}} />,
    );
    expect(await screen.findByRole("heading", { level: 3, name: "Asthma stay (2)" })).toBeInTheDocument();
  });

  it("sorts by author", async () => {
    renderList();
    await screen.findByRole("button", { name: /Progress note/ });
    await userEvent.selectOptions(screen.getByLabelText("Sort by"), "author");
    await vi.waitFor(() => {
      expect(titles()).toEqual(["Discharge summary", "History and physical note", "Progress note"]);
    });
  });

  it("is one tab stop; arrows, Home and End move focus; Enter opens", async () => {
    const onSelect = renderList();
    await screen.findByRole("button", { name: /Progress note/ });
    const list = screen.getByRole("list", { name: "Documents" });
    const buttons = within(list).getAllByRole("button");
    expect(buttons.map((b) => b.tabIndex)).toEqual([0, -1, -1]);
    act(() => {
      buttons[0]?.focus();
    });
    await userEvent.keyboard("{ArrowDown}");
    expect(buttons[1]).toHaveFocus();
    await userEvent.keyboard("{End}");
    expect(buttons[2]).toHaveFocus();
    await userEvent.keyboard("{Home}{ArrowUp}");
    expect(buttons[0]).toHaveFocus();
    await userEvent.keyboard("{ArrowDown}{Enter}");
    expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ key: "d1" }));
  });

  it("shows its keyboard shortcuts", async () => {
    renderList();
    await screen.findByRole("button", { name: /Progress note/ });
    await userEvent.click(screen.getByText("Keyboard shortcuts"));
    expect(screen.getByText("Open the next document")).toBeVisible();
  });

  it("renders long lists in batches, always including the open document's row", async () => {
    const many = Array.from({ length: 250 }, (_, i) =>
      docRef(`n${String(i).padStart(3, "0")}`, {
        date: `2020-01-01T00:00:${String(59 - (i % 60)).padStart(2, "0")}Z`,
      }),
    );
    server.use(http.get(`${TEST_FHIR_BASE}/DocumentReference`, () => HttpResponse.json(bundle(many))));
    renderWithClient(<DocumentList session={createFakeSession()} selectedKey="n249" onSelect={() => {}} />);
    await screen.findByRole("button", { name: /Note n000/ });
    const rendered = () =>
      within(screen.getByRole("list", { name: "Documents" })).getAllByRole("listitem").length;
    // A first batch of rows, which includes the open document wherever it sorts; the rest on demand.
    expect(screen.getByRole("button", { name: /Note n249/ })).toHaveAttribute("aria-current", "true");
    expect(rendered()).toBeLessThan(250);
    const more = screen.getByRole("button", { name: /^Show \d+ more$/ });
    await userEvent.click(more);
    expect(rendered()).toBe(250);
    expect(screen.queryByRole("button", { name: /^Show \d+ more$/ })).not.toBeInTheDocument();
  });
});
