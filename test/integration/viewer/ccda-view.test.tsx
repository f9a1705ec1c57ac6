import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CcdaView } from "../../../src/features/documents/ccda-view";
import { ccd, SAMPLE, sec } from "./viewer-fixtures";

beforeEach(() => {
  localStorage.clear();
});
afterEach(() => {
  vi.restoreAllMocks();
});

const toggle = (name: string) => screen.getByRole("button", { name: new RegExp(`^${name}\\b`) });
const contentOf = (name: string) => {
  const id = toggle(name).getAttribute("aria-controls") ?? "";
  const el = document.getElementById(id);
  if (el === null) throw new Error(`no content for ${name}`);
  return el;
};

describe("CcdaView sections and table of contents", () => {
  it("lists every section with its size and shows each one's sanitized content under a heading button", async () => {
    render(<CcdaView text={SAMPLE} decodeWarnings={[]} />);
    const toc = await screen.findByRole("navigation", { name: "Sections" });
    const links = within(toc).getAllByRole("link");
    expect(links.map((l) => l.textContent)).toEqual([
      `Allergies ${"Penicillin causes hives".length} characters`,
      `Medications ${"Metformin 500 mg twice daily".length} characters`,
      expect.stringMatching(/^Results \d+ characters$/),
      `Plan ${"Follow up in three months; recheck hives".length} characters`,
    ]);
    await waitFor(() => {
      expect(contentOf("Plan")).toHaveTextContent("Follow up in three months");
    });
    expect(screen.getByRole("heading", { level: 2, name: /^Allergies/ })).toContainElement(
      toggle("Allergies"),
    );
    expect(toggle("Allergies")).toHaveAttribute("aria-expanded", "true");
  });

  it("collapses and expands one section and all sections; collapsed content is hidden until found", async () => {
    render(<CcdaView text={SAMPLE} decodeWarnings={[]} />);
    await userEvent.click(toggle("Medications"));
    expect(toggle("Medications")).toHaveAttribute("aria-expanded", "false");
    expect(contentOf("Medications")).toHaveAttribute("hidden", "until-found");
    await userEvent.click(screen.getByRole("button", { name: "Collapse all" }));
    for (const name of ["Allergies", "Medications", "Results", "Plan"])
      expect(toggle(name)).toHaveAttribute("aria-expanded", "false");
    // The text stays in the DOM (find-in-page reaches it).
    expect(contentOf("Allergies")).toHaveTextContent("Penicillin");
    await userEvent.click(screen.getByRole("button", { name: "Expand all" }));
    expect(contentOf("Results")).not.toHaveAttribute("hidden");
  });

  it("opens a collapsed section when the browser's find reveals it (beforematch)", async () => {
    render(<CcdaView text={SAMPLE} decodeWarnings={[]} />);
    await userEvent.click(screen.getByRole("button", { name: "Collapse all" }));
    act(() => {
      contentOf("Plan").dispatchEvent(new Event("beforematch"));
    });
    expect(toggle("Plan")).toHaveAttribute("aria-expanded", "true");
  });

  it("jumps from the table of contents, opening the section and moving focus to it", async () => {
    render(<CcdaView text={SAMPLE} decodeWarnings={[]} />);
    await userEvent.click(screen.getByRole("button", { name: "Collapse all" }));
    const toc = screen.getByRole("navigation", { name: "Sections" });
    await userEvent.click(within(toc).getByRole("link", { name: /^Results/ }));
    expect(toggle("Results")).toHaveAttribute("aria-expanded", "true");
    expect(toggle("Results")).toHaveFocus();
  });
});

describe("CcdaView search", () => {
  it("counts matches everywhere, opens the collapsed section of the current match, steps with Enter", async () => {
    render(<CcdaView text={SAMPLE} decodeWarnings={[]} />);
    await userEvent.click(screen.getByRole("button", { name: "Collapse all" }));
    const input = screen.getByRole("searchbox", { name: "Search in document" });
    await userEvent.type(input, "hives");
    expect(screen.getByText("1 of 2")).toBeInTheDocument();
    expect(toggle("Allergies")).toHaveAttribute("aria-expanded", "true");
    expect(toggle("Plan")).toHaveAttribute("aria-expanded", "false");
    await userEvent.keyboard("{Enter}");
    expect(screen.getByText("2 of 2")).toBeInTheDocument();
    expect(toggle("Plan")).toHaveAttribute("aria-expanded", "true");
    await userEvent.keyboard("{Shift>}{Enter}{/Shift}");
    expect(screen.getByText("1 of 2")).toBeInTheDocument();
    await userEvent.keyboard("{Escape}");
    expect(input).toHaveValue("");
    await userEvent.type(input, "zzz-not-there");
    expect(screen.getByText("No matches")).toBeInTheDocument();
  });
});

describe("CcdaView document details", () => {
  // "DOC-77" and the language are only in the details panel, not in the summary card.
  const WITH_ID = SAMPLE.replace(
    "<title>",
    '<id root="1.2.3" extension="DOC-77"/><languageCode code="en-US"/><title>',
  );
  const panelOf = async () => {
    const summary = await screen.findByText("Document details");
    const panel = summary.closest("details");
    if (panel === null) throw new Error("no details panel");
    return { summary, panel };
  };

  it("renders the panel's groups only when the reader opens it", async () => {
    render(<CcdaView text={WITH_ID} decodeWarnings={[]} />);
    const { summary, panel } = await panelOf();
    expect(panel).not.toHaveAttribute("open");
    expect(panel.querySelector(".ccda-header-group")).toBeNull();
    expect(document.body).not.toHaveTextContent("DOC-77");
    await userEvent.click(summary);
    expect(panel).toHaveAttribute("open");
    expect(within(panel).getByRole("heading", { level: 2, name: "Document" })).toBeInTheDocument();
    expect(panel).toHaveTextContent("Document IDDOC-77 (1.2.3)");
    expect(panel).toHaveTextContent("LanguageAmerican English (en-US)");
  });

  it("is searched: a match only the closed panel holds is found and the panel opens on it", async () => {
    render(<CcdaView text={WITH_ID} decodeWarnings={[]} />);
    const { panel } = await panelOf();
    await userEvent.type(screen.getByRole("searchbox", { name: "Search in document" }), "DOC-77");
    expect(screen.getByText("1 of 1")).toBeInTheDocument();
    expect(panel).toHaveAttribute("open");
    expect(panel).toHaveTextContent("DOC-77");
  });

  it("prints open and filled, and closes again after printing", async () => {
    render(<CcdaView text={WITH_ID} decodeWarnings={[]} />);
    const { panel } = await panelOf();
    act(() => {
      window.dispatchEvent(new Event("beforeprint"));
    });
    expect(panel).toHaveAttribute("open");
    expect(panel).toHaveTextContent("Document IDDOC-77 (1.2.3)");
    act(() => {
      window.dispatchEvent(new Event("afterprint"));
    });
    expect(panel).not.toHaveAttribute("open");
    expect(panel).toHaveTextContent("DOC-77");
  });
});

describe("CcdaView long tables", () => {
  it("folds duplicate rows behind a button and lists rows newest first on request", async () => {
    render(<CcdaView text={SAMPLE} decodeWarnings={[]} />);
    const fold = await screen.findByRole("button", { name: "2 duplicate rows hidden: show" });
    const table = contentOf("Results").querySelector("table");
    const dups = () => table?.querySelectorAll("tr.ccda-row-dup").length;
    expect(dups()).toBe(2);
    expect(fold.closest("[data-dups-folded]")).toHaveAttribute("data-dups-folded", "true");
    await userEvent.click(fold);
    expect(
      screen.getByRole("button", { name: "Hide 2 duplicate rows" }).closest("[data-dups-folded]"),
    ).toHaveAttribute("data-dups-folded", "false");
    const firstColumn = () => Array.from(table?.tBodies[0]?.rows ?? [], (r) => r.cells[1]?.textContent);
    const original = firstColumn();
    await userEvent.click(screen.getByRole("button", { name: "Newest first" }));
    expect(screen.getByRole("button", { name: "Newest first" })).toHaveAttribute("aria-pressed", "true");
    expect(firstColumn()[0]).toBe("2023-04-01");
    expect(firstColumn().slice(-3)).toEqual(["2021-01-05", "2021-01-05", "2021-01-05"]);
    await userEvent.click(screen.getByRole("button", { name: "Newest first" }));
    expect(firstColumn()).toEqual(original);
  });
});

describe("CcdaView progressive rendering", () => {
  it("shows the first sections at once and renders the rest without being asked", async () => {
    const paragraphs = (n: number) =>
      Array.from({ length: 100 }, (_, i) => `<paragraph>word ${n}-${i}</paragraph>`).join("");
    const text = ccd(Array.from({ length: 12 }, (_, i) => sec(`Part ${i + 1}`, paragraphs(i + 1))));
    render(<CcdaView text={text} decodeWarnings={[]} />);
    expect(contentOf("Part 1")).toHaveTextContent("word 1-0");
    await waitFor(
      () => {
        expect(contentOf("Part 12")).toHaveTextContent("word 12-99");
      },
      { timeout: 20_000 },
    );
  });
});
