import { fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi, beforeAll } from "vitest";
import type { RenderOutcome } from "../../../src/ccda/types";
import { LocalFileScreen } from "../../../src/features/documents/local-file-screen";
import { loadContentView } from "../../../src/features/documents/load-content-view";

// The viewers are a lazily loaded chunk; load it once so each test renders synchronously, as after launch.
beforeAll(async () => {
  await loadContentView();
});

const { renderDocument } = vi.hoisted(() => ({
  renderDocument: vi.fn<(text: string, options: { idPrefix: string }) => RenderOutcome>(),
}));
vi.mock("../../../src/ccda/render-document", () => ({ renderDocument }));

beforeEach(() => {
  renderDocument.mockReset();
  renderDocument.mockReturnValue({
    ok: true,
    html: "<p>Local CCD</p>",
    title: "CCD",
    toc: [],
    warnings: [],
    attachments: [],
  });
  vi.spyOn(globalThis, "fetch").mockRejectedValue(new Error("no network allowed"));
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe("LocalFileScreen", () => {
  it("decodes a picked file (UTF-16 with BOM) and renders it without any network", async () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-16"?><ClinicalDocument xmlns="urn:hl7-org:v3">ü</ClinicalDocument>';
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, "utf16le")]);
    const file = new File([bytes], "ccd.xml", { type: "" });
    render(<LocalFileScreen />);
    await userEvent.upload(screen.getByLabelText("Choose a file"), file);
    expect(await screen.findByText("Local CCD")).toBeInTheDocument();
    expect(renderDocument).toHaveBeenCalledWith(xml, expect.anything());
    expect(screen.getByRole("article", { name: "ccd.xml" })).toHaveAttribute("aria-busy", "false");
    expect(fetch).not.toHaveBeenCalled();
  });

  it("shows a non-C-CDA text file as text", async () => {
    render(<LocalFileScreen />);
    await userEvent.upload(
      screen.getByLabelText("Choose a file"),
      new File(["just notes"], "notes.txt", { type: "text/plain" }),
    );
    expect(await screen.findByText("just notes")).toBeInTheDocument();
    expect(renderDocument).not.toHaveBeenCalled();
  });

  it("opens a dropped file", async () => {
    render(<LocalFileScreen />);
    const zone = screen.getByText("Drop a C-CDA file here, or").parentElement!;
    const file = new File(['<ClinicalDocument xmlns="urn:hl7-org:v3"/>'], "dropped.ccda", { type: "" });
    fireEvent.dragOver(zone, { dataTransfer: { files: [file] } });
    expect(zone).toHaveClass("drop-zone--active");
    fireEvent.drop(zone, { dataTransfer: { files: [file] } });
    expect(await screen.findByText("Local CCD")).toBeInTheDocument();
    expect(screen.getByRole("article", { name: "dropped.ccda" })).toBeInTheDocument();
    expect(zone).not.toHaveClass("drop-zone--active");
  });
});
