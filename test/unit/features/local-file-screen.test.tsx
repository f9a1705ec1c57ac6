import { act, fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { RenderOutcome } from "../../../src/ccda/types";
import { handOverFiles } from "../../../src/features/document-list/handed-over-files";
import { LocalFileScreen } from "../../../src/features/documents/local-file-screen";
import { loadContentView } from "../../../src/features/documents/load-content-view";
import { headerOnlyOutcome } from "./outcome-double";

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
  renderDocument.mockImplementation((text) =>
    headerOnlyOutcome(`<p>Rendered ${/<title>([^<]*)<\/title>/.exec(text)?.[1] ?? "untitled"}</p>`, "CCD"),
  );
  vi.spyOn(globalThis, "fetch").mockRejectedValue(new Error("no network allowed"));
});
afterEach(() => {
  vi.restoreAllMocks();
});

function ccd(title: string, date: string, author = "Jane Doe"): string {
  const [given, family] = author.split(" ");
  return `<?xml version="1.0"?><ClinicalDocument xmlns="urn:hl7-org:v3">
    <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summary of episode note"/>
    <title>${title}</title><effectiveTime value="${date}"/>
    <author><assignedAuthor><assignedPerson><name><given>${given ?? ""}</given><family>${family ?? ""}</family></name></assignedPerson></assignedAuthor></author>
  </ClinicalDocument>`;
}

const xmlFile = (name: string, text: string) => new File([text], name, { type: "application/xml" });

function rows(): string[] {
  const list = screen.getByRole("list", { name: "Documents" });
  return within(list)
    .getAllByRole("button")
    .map((button) => button.querySelector(".document-row__title")?.textContent ?? "");
}

describe("LocalFileScreen", () => {
  it("decodes a picked file (UTF-16 with BOM) and renders it without any network", async () => {
    const xml = ccd("Visit summary", "20240105").replace(
      '<?xml version="1.0"?>',
      '<?xml version="1.0" encoding="UTF-16"?>',
    );
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, "utf16le")]);
    render(<LocalFileScreen />);
    await userEvent.upload(
      screen.getByLabelText("Open C-CDA file"),
      new File([bytes], "ccd.xml", { type: "" }),
    );
    expect(await screen.findByText("Rendered Visit summary")).toBeInTheDocument();
    expect(renderDocument).toHaveBeenCalledWith(xml, expect.anything());
    const article = screen.getByRole("article", { name: "ccd.xml" });
    expect(within(article).getByRole("heading", { level: 2 })).toHaveTextContent("Visit summary");
    expect(fetch).not.toHaveBeenCalled();
  });

  it("opens several files, lists them newest first with header details, and switches between them", async () => {
    render(<LocalFileScreen />);
    await userEvent.upload(screen.getByLabelText("Open C-CDA file"), [
      xmlFile("old.xml", ccd("Old summary", "20190301", "Ann Lee")),
      xmlFile("new.xml", ccd("New summary", "20240105120000-0500", "Bo Chan")),
    ]);
    expect(await screen.findByText("Rendered New summary")).toBeInTheDocument();
    expect(rows()).toEqual(["New summary", "Old summary"]);
    const oldRow = screen.getByRole("button", { name: /Old summary/ });
    expect(oldRow).toHaveTextContent("Ann Lee");
    expect(oldRow).toHaveTextContent("Summary of episode note");
    expect(oldRow).toHaveTextContent("Mar 1, 2019");
    await userEvent.click(oldRow);
    expect(await screen.findByText("Rendered Old summary")).toBeInTheDocument();
    expect(oldRow).toHaveAttribute("aria-current", "true");
  });

  it("explains each file that is not C-CDA or is broken, and still opens the others", async () => {
    render(<LocalFileScreen />);
    await userEvent.upload(screen.getByLabelText("Open C-CDA file"), [
      new File(["just notes"], "notes.txt", { type: "text/plain" }),
      xmlFile("broken.xml", "<ClinicalDocument xmlns='urn:hl7-org:v3'><title>x</titl></ClinicalDocument>"),
      xmlFile("good.xml", ccd("Good summary", "20240105")),
    ]);
    expect(await screen.findByText("Rendered Good summary")).toBeInTheDocument();
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent("2 files could not be opened");
    expect(alert).toHaveTextContent("notes.txt is not a C-CDA XML file (it looks like plain text)");
    expect(alert).toHaveTextContent(/broken\.xml could not be read: .*line 1/);
    expect(rows()).toEqual(["Good summary"]);
  });

  it("explains a file broken only inside the entries its first parse left out, once they are checked", async () => {
    // The list's parse is the viewer's: it leaves out the entries of sections with a narrative
    // (parse/defer-entries.ts), and checks them once idle; the file then joins the broken ones.
    const section =
      '<component><structuredBody><component><section><title>Allergies</title><text>Hives</text><entry><observation classCode="OBS" classCode="X"/></entry></section></component></structuredBody></component>';
    const brokenInEntries = ccd("Older summary", "20230105").replace(
      "</ClinicalDocument>",
      `${section}</ClinicalDocument>`,
    );
    render(<LocalFileScreen />);
    await userEvent.upload(screen.getByLabelText("Open C-CDA file"), [
      xmlFile("entries.xml", brokenInEntries),
      xmlFile("good.xml", ccd("Good summary", "20240105")),
    ]);
    expect(await screen.findByText("Rendered Good summary")).toBeInTheDocument();
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(/entries\.xml could not be read: .*line 5, column \d+/);
    expect(rows()).toEqual(["Good summary"]);
  });

  it("opens files dropped anywhere on the page, and shows a drop target while dragging", async () => {
    render(<LocalFileScreen />);
    const file = xmlFile("dropped.ccda", ccd("Dropped summary", "20240105"));
    const dataTransfer = { types: ["Files"], files: [file], dropEffect: "none" };
    fireEvent.dragEnter(document.body, { dataTransfer });
    expect(screen.getByText("Drop to open")).toBeInTheDocument();
    fireEvent.dragOver(document.body, { dataTransfer });
    fireEvent.drop(document.body, { dataTransfer });
    expect(await screen.findByText("Rendered Dropped summary")).toBeInTheDocument();
    expect(screen.getByRole("article", { name: "dropped.ccda" })).toBeInTheDocument();
    expect(screen.queryByText("Drop to open")).not.toBeInTheDocument();
  });

  it("opens files handed over from the start page once", async () => {
    handOverFiles([xmlFile("handed.xml", ccd("Handed summary", "20240105"))]);
    render(<LocalFileScreen />);
    expect(await screen.findByText("Rendered Handed summary")).toBeInTheDocument();
    expect(rows()).toEqual(["Handed summary"]);
  });

  it("moves between opened files with the arrow keys and j / k", async () => {
    render(<LocalFileScreen />);
    await userEvent.upload(screen.getByLabelText("Open C-CDA file"), [
      xmlFile("a.xml", ccd("A summary", "20240105")),
      xmlFile("b.xml", ccd("B summary", "20230105")),
    ]);
    await screen.findByText("Rendered A summary");
    await userEvent.keyboard("j");
    expect(await screen.findByText("Rendered B summary")).toBeInTheDocument();
    const first = screen.getByRole("button", { name: /A summary/ });
    act(() => {
      first.focus();
    });
    await userEvent.keyboard("{ArrowDown}");
    expect(screen.getByRole("button", { name: /B summary/ })).toHaveFocus();
    await userEvent.keyboard("{ArrowUp}{Enter}");
    expect(await screen.findByText("Rendered A summary")).toBeInTheDocument();
  });
});
