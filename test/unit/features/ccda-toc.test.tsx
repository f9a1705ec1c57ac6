import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { DocumentSection } from "../../../src/ccda/types";
import { CcdaToc } from "../../../src/features/documents/ccda-toc";

const section = (id: string, title: string, children: DocumentSection["children"] = []): DocumentSection => ({
  id,
  headingId: `${id}-h`,
  title,
  level: 2,
  code: undefined,
  textSize: 42,
  children,
  render: () => "",
  renderChunkNodes: () => undefined,
  rendered: true,
});

const ALLERGIES = section("s1", "Allergies");
const PLAN = section("s2", "Plan", [{ id: "s2-n1", title: "Follow-up", level: 3, children: [] }]);
const RESULTS = section("s3", "Results");

describe("CcdaToc", () => {
  it("lists sections with sizes and subsections; a click jumps to the heading, nested ones included", async () => {
    const onJump = vi.fn();
    render(
      <CcdaToc
        sections={[
          { section: ALLERGIES, index: 0 },
          { section: PLAN, index: 4 },
        ]}
        currentId={undefined}
        onJump={onJump}
      />,
    );
    const nav = screen.getByRole("navigation", { name: "Sections" });
    expect(within(nav).getByText("Sections (2)")).toBeInTheDocument();
    expect(
      within(nav)
        .getAllByRole("link")
        .map((a) => [a.textContent, a.getAttribute("href")]),
    ).toEqual([
      ["Allergies 42 characters", "#s1-h"],
      ["Plan 42 characters", "#s2-h"],
      ["Follow-up", "#s2-n1"],
    ]);
    await userEvent.click(within(nav).getByRole("link", { name: "Follow-up" }));
    expect(onJump).toHaveBeenLastCalledWith(4, "s2-n1");
    await userEvent.click(within(nav).getByRole("link", { name: /^Allergies/ }));
    expect(onJump).toHaveBeenLastCalledWith(0, "s1-h");
    // The jump replaces the link's own navigation (no hash in the URL).
    expect(window.location.hash).toBe("");
  });

  it("marks the section being read, and moves the mark as the reader moves", () => {
    const sections = [
      { section: ALLERGIES, index: 0 },
      { section: PLAN, index: 1 },
    ];
    const { rerender } = render(<CcdaToc sections={sections} currentId="s2" onJump={vi.fn()} />);
    const current = () =>
      screen.getAllByRole("link").filter((a) => a.getAttribute("aria-current") === "location");
    expect(current().map((a) => a.textContent)).toEqual(["Plan 42 characters"]);
    expect(current()[0]?.parentElement).toHaveClass("ccda-toc__item--current");
    rerender(<CcdaToc sections={[...sections]} currentId="s1" onJump={vi.fn()} />);
    expect(current().map((a) => a.textContent)).toEqual(["Allergies 42 characters"]);
    expect(document.querySelectorAll(".ccda-toc__item--current")).toHaveLength(1);
  });

  it("follows a changed list of sections, and comes back after having none", () => {
    const { rerender } = render(
      <CcdaToc sections={[{ section: ALLERGIES, index: 0 }]} currentId="s3" onJump={vi.fn()} />,
    );
    rerender(
      <CcdaToc
        sections={[
          { section: RESULTS, index: 2 },
          { section: ALLERGIES, index: 0 },
        ]}
        currentId="s3"
        onJump={vi.fn()}
      />,
    );
    expect(screen.getAllByRole("link").map((a) => a.textContent)).toEqual([
      "Results 42 characters",
      "Allergies 42 characters",
    ]);
    expect(screen.getByRole("link", { name: /^Results/ })).toHaveAttribute("aria-current", "location");
    rerender(<CcdaToc sections={[]} currentId="s3" onJump={vi.fn()} />);
    expect(screen.queryByRole("navigation")).toBeNull();
    rerender(<CcdaToc sections={[{ section: PLAN, index: 1 }]} currentId="s3" onJump={vi.fn()} />);
    expect(screen.getAllByRole("link").map((a) => a.textContent)).toEqual([
      "Plan 42 characters",
      "Follow-up",
    ]);
    expect(screen.getByText("Sections (1)")).toBeInTheDocument();
  });
});
