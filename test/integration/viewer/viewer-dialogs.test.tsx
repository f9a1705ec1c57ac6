import { render, screen, within } from "@testing-library/react";
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

const sectionOrder = () =>
  Array.from(document.querySelectorAll(".doc-section .doc-section__title"), (el) => el.textContent);

async function openPrefs() {
  await userEvent.click(screen.getByRole("button", { name: "Section preferences" }));
  return screen.getByRole("dialog", { name: "Section preferences" });
}

describe("Section preferences", () => {
  it("hides, reorders and limits expanded sections; persists per document type; resets in one click", async () => {
    const { unmount } = render(<CcdaView text={SAMPLE} decodeWarnings={[]} />);
    const dialog = await openPrefs();
    await userEvent.click(within(dialog).getByRole("checkbox", { name: "Medications" }));
    await userEvent.click(within(dialog).getByRole("button", { name: /move Plan up/ }));
    await userEvent.type(within(dialog).getByLabelText(/Sections expanded at first/), "1");
    await userEvent.click(within(dialog).getByRole("button", { name: "Save" }));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();

    expect(sectionOrder()).toEqual(["Allergies", "Plan", "Results"]);
    const notice = screen.getByRole("status");
    expect(notice).toHaveTextContent("1 section is hidden");
    expect(notice).toHaveTextContent("sections are in your order");
    expect(notice).toHaveTextContent("only the first 1 start expanded");
    expect(screen.getByRole("button", { name: /^Plan\b/ })).toHaveAttribute("aria-expanded", "false");

    // Stored: section keys, titles and numbers, never document text.
    const stored = JSON.stringify(localStorage);
    expect(stored).toContain("code:10160-0");
    expect(stored).not.toMatch(/Penicillin|Metformin|hives/);

    // Another document of the same type, opened later, gets the same arrangement.
    unmount();
    render(<CcdaView text={SAMPLE.replace("Penicillin", "Latex")} decodeWarnings={[]} />);
    expect(sectionOrder()).toEqual(["Allergies", "Plan", "Results"]);
    await userEvent.click(screen.getByRole("button", { name: "Show hidden sections" }));
    expect(sectionOrder()).toContain("Medications");
    await userEvent.click(screen.getByRole("button", { name: "Reset to the document as sent" }));
    expect(sectionOrder()).toEqual(["Allergies", "Medications", "Results", "Plan"]);
    expect(screen.queryByRole("status")).not.toBeInTheDocument();
    expect(localStorage.getItem("ccda-viewer:section-prefs:v1")).toBe("{}");
  });

  it("keeps preferences of one document type away from another", async () => {
    const { unmount } = render(<CcdaView text={SAMPLE} decodeWarnings={[]} />);
    const dialog = await openPrefs();
    await userEvent.click(within(dialog).getByRole("checkbox", { name: "Allergies" }));
    await userEvent.click(within(dialog).getByRole("button", { name: "Save" }));
    expect(sectionOrder()).not.toContain("Allergies");
    unmount();
    render(<CcdaView text={ccd([sec("Allergies", "x", "48765-2")], "11488-4")} decodeWarnings={[]} />);
    expect(sectionOrder()).toEqual(["Allergies"]);
  });

  it("is a labelled modal dialog: focus starts inside, Tab stays inside, Escape closes and returns focus", async () => {
    render(<CcdaView text={SAMPLE} decodeWarnings={[]} />);
    const opener = screen.getByRole("button", { name: "Section preferences" });
    const dialog = await openPrefs();
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    for (let i = 0; i < 20; i += 1) {
      await userEvent.tab();
      expect(dialog).toContainElement(document.activeElement as HTMLElement);
    }
    await userEvent.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });
});

describe("Source and download", () => {
  it("shows the XML as text in spans, never as markup", async () => {
    const hostile = ccd([sec("Notes", "a &lt;img src=x onerror=alert(1)&gt; b")]);
    render(<CcdaView text={hostile} decodeWarnings={[]} />);
    await userEvent.click(screen.getByRole("button", { name: "View source" }));
    const dialog = screen.getByRole("dialog", { name: "Source: Test CCD" });
    const code = within(dialog).getByLabelText("XML source");
    expect(code.textContent).toBe(hostile);
    expect(code.querySelector("img")).toBeNull();
    expect(code.querySelector(".xml-tag")?.textContent).toBe("<ClinicalDocument");
    expect(code.querySelector(".xml-attr-value")?.textContent).toBe('"urn:hl7-org:v3"');
  });

  it("downloads the exact bytes received, named from the title and date", async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(SAMPLE)]);
    const blobs: Blob[] = [];
    vi.spyOn(URL, "createObjectURL").mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return "blob:test/1";
    });
    vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => {});
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    render(<CcdaView text={SAMPLE} decodeWarnings={[]} bytes={bytes} />);
    await userEvent.click(screen.getByRole("button", { name: "Download original" }));
    expect(names).toEqual(["Test-CCD-2024-03-01.xml"]);
    expect(new Uint8Array(await blobs[0]!.arrayBuffer())).toEqual(bytes);
  });
});
