/**
 * A document above the large-document threshold: a notice first, then its first sections (in a task of their
 * own) under the notice with progress, the whole text is parsed in later tasks, then the full document replaces the preview (complete
 * table of contents, same ids for the first sections, every section expanded, `#ID` links resolved through
 * the ID index the chunked parser built). A document broken near its end shows its start, then the same
 * parse error as before.
 */
import { render, screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { CcdaView } from "../../../src/features/documents/ccda-view";
import { LARGE_TEXT_CHARS } from "../../../src/ccda/parse/chunked-parse";
import { ccd, sec } from "./viewer-fixtures";

beforeEach(() => {
  localStorage.clear();
});

const XSI = 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';

/** Results: a short narrative table with IDs, and enough coded entries (not rendered) to pass the threshold. */
function bigResults(): string {
  const rows = [1, 2, 3].map((n) => `<tr><td><content ID="r${n}">Test ${n}</content></td></tr>`).join("");
  const entry = (n: number) =>
    `<entry><observation classCode="OBS" moodCode="EVN"><code code="${n}" displayName="Test ${n}"/><value xsi:type="PQ" value="${n}" unit="mg"/></observation></entry>\n`;
  const entries: string[] = [];
  for (let n = 0, size = 0; size < LARGE_TEXT_CHARS; n += 1) {
    const e = entry(n);
    entries.push(e);
    size += e.length;
  }
  return `<section ${XSI}><code code="30954-2"/><title>Results</title><text><table><tbody>${rows}</tbody></table></text>${entries.join("")}</section>`;
}

const LARGE = ccd([
  sec("Allergies", "Penicillin causes hives", "48765-2"),
  sec("Medications", "Metformin 500 mg twice daily", "10160-0"),
  bigResults(),
  sec("Plan", '<paragraph>See <linkHtml href="#r2">result two</linkHtml>.</paragraph>', "18776-5"),
]);

const tocTitles = () =>
  within(screen.getByRole("navigation", { name: "Sections" }))
    .getAllByRole("link")
    .map((link) => link.querySelector(".ccda-toc__title")?.textContent);

const READ_NOTICE = /first sections are shown while the rest is read/;

describe("CcdaView with a large document", () => {
  it("shows a notice, then the first sections, then the whole document in their place", async () => {
    expect(LARGE.length).toBeGreaterThan(LARGE_TEXT_CHARS);
    render(<CcdaView text={LARGE} decodeWarnings={[]} />);
    // At first only the notice: the preview is rendered in a task of its own.
    expect(screen.getByRole("status")).toHaveTextContent("Reading this large document");
    expect(screen.queryByRole("navigation", { name: "Sections" })).not.toBeInTheDocument();
    // Then the preview; the parse only starts once it is committed, so it is still being read.
    await screen.findByRole("navigation", { name: "Sections" });
    expect(screen.getByRole("status")).toHaveTextContent(READ_NOTICE);
    expect(screen.getByRole("progressbar", { name: "Document read" })).toBeInTheDocument();
    expect(tocTitles()).toEqual(["Allergies", "Medications"]);
    const allergiesHeading = screen.getByRole("heading", { level: 2, name: /^Allergies/ }).id;
    expect(allergiesHeading).not.toBe("");

    await waitFor(
      () => {
        expect(screen.queryByText(READ_NOTICE)).not.toBeInTheDocument();
      },
      { timeout: 60_000 },
    );
    expect(tocTitles()).toEqual(["Allergies", "Medications", "Results", "Plan"]);
    expect(screen.getByRole("heading", { level: 2, name: /^Allergies/ }).id).toBe(allergiesHeading);
    for (const name of ["Allergies", "Medications", "Results", "Plan"])
      expect(screen.getByRole("button", { name: new RegExp(`^${name}\\b`) })).toHaveAttribute(
        "aria-expanded",
        "true",
      );
    const link = await screen.findByRole("link", { name: "result two" });
    const target = document.getElementById((link.getAttribute("href") ?? "").slice(1));
    expect(target).toHaveTextContent("Test 2");
  }, 90_000);

  it("a document broken near its end: its start first, then the same parse error as a one-shot parse", async () => {
    const broken = LARGE.replace("</structuredBody>", "</structuredBod>");
    render(<CcdaView text={broken} decodeWarnings={[]} />);
    await screen.findByRole("navigation", { name: "Sections" });
    expect(tocTitles()).toEqual(["Allergies", "Medications"]);
    const error = await screen.findByText(/not well-formed XML/, undefined, { timeout: 60_000 });
    expect(error).toBeInTheDocument();
    expect(screen.queryByRole("navigation", { name: "Sections" })).not.toBeInTheDocument();
  }, 90_000);
});
