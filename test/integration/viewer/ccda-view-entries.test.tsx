/**
 * The viewer shows a document parsed without the entries it does not read (parse/defer-entries.ts), then checks
 * them once the page is idle: a document whose entries are broken ends on its parse error, as when it was parsed
 * whole; one whose entries are sound stays as shown.
 */
import { render, screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { CcdaView } from "../../../src/features/documents/ccda-view";
import { ccd } from "./viewer-fixtures";

const entry = (attrs: string) =>
  `<entry><observation classCode="OBS" moodCode="EVN"${attrs}><code code="1"/></observation></entry>`;
const withEntry = (attrs: string) =>
  ccd([`<section><title>Allergies</title><text>Penicillin causes hives</text>${entry(attrs)}</section>`]);

describe("CcdaView with entries checked after showing the document", () => {
  it("shows the narrative at once, then the parse error when an entry is not well-formed", async () => {
    render(<CcdaView text={withEntry(' classCode="X"')} decodeWarnings={[]} />);
    expect(screen.getByText("Penicillin causes hives")).toBeInTheDocument();
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("This document could not be read");
    expect(alert).toHaveTextContent(/line 1, column \d+/);
    expect(screen.queryByText("Penicillin causes hives")).not.toBeInTheDocument();
  });

  it("keeps the document when its entries are sound (the check ran: its measure is there)", async () => {
    const measure = vi.spyOn(performance, "measure");
    render(<CcdaView text={withEntry("")} decodeWarnings={[]} />);
    await waitFor(() => {
      expect(measure.mock.calls.some(([name]) => name === "ccda:check")).toBe(true);
    });
    expect(screen.getByText("Penicillin causes hives")).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });
});
