import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { DocumentReference } from "fhir/r4";
import { http, HttpResponse } from "msw";
import { afterEach, beforeEach, describe, expect, it, vi, beforeAll } from "vitest";
import type { RenderOutcome } from "../../../src/ccda/types";
import { toHtml, type HNode } from "../../../src/ccda/render/html";
import { headerOnlyParts, nodesOf } from "./outcome-double";
import { summarizeDocument } from "../../../src/fhir/document-list";
import { DocumentPane } from "../../../src/features/documents/document-pane";
import { createFakeSession, TEST_FHIR_BASE } from "../fhir/fake-session";
import { base64, docRef } from "../fhir/fixtures";
import { deferred, renderWithClient } from "./render-with-client";
import { setupMswServerForFile } from "../fhir/msw-server";
import { loadContentView } from "../../../src/features/documents/load-content-view";

// The viewers are a lazily loaded chunk; load it once so each test renders synchronously, as after launch.
beforeAll(async () => {
  await loadContentView();
});

const { renderDocument, sanitizeDocumentHtml, sanitizeDocumentNodes, sanitizeForeignHtml } = vi.hoisted(
  () => ({
    renderDocument: vi.fn<(text: string, options: { idPrefix: string }) => RenderOutcome>(),
    // The sanitizers are mocked to prove the views route through them; their own tests live with src/sanitize.
    sanitizeDocumentHtml: vi.fn((html: string) => `<div data-sanitized="document">${html}</div>`),
    sanitizeDocumentNodes: vi.fn((nodes: readonly HNode[]) => {
      const box = document.createElement("div");
      box.setAttribute("data-sanitized", "document");
      box.innerHTML = toHtml(nodes);
      return [box];
    }),
    sanitizeForeignHtml: vi.fn(
      (html: string) => `<div data-sanitized="foreign">${html.replace(/<script.*?<\/script>/g, "")}</div>`,
    ),
  }),
);
vi.mock("../../../src/ccda/render-document", () => ({ renderDocument }));
vi.mock("../../../src/sanitize/sanitize-html", () => ({ sanitizeDocumentHtml, sanitizeForeignHtml }));
vi.mock("../../../src/sanitize/safe-nodes", () => ({ sanitizeDocumentNodes }));

const CCDA = '<ClinicalDocument xmlns="urn:hl7-org:v3"><title>CCD</title></ClinicalDocument>';
const binaries = new Map<string, { contentType: string; text?: string; bytes?: Uint8Array }>();
const binaryRequests: string[] = [];
let gate: Promise<void> = Promise.resolve();

setupMswServerForFile(
  http.get(`${TEST_FHIR_BASE}/Binary/:id`, async ({ params }) => {
    const id = String(params["id"]);
    binaryRequests.push(id);
    await gate;
    const binary = binaries.get(id);
    if (binary === undefined) {
      return HttpResponse.json(
        {
          resourceType: "OperationOutcome",
          issue: [{ severity: "error", code: "not-found", diagnostics: "Gone" }],
        },
        { status: 404 },
      );
    }
    const bytes = binary.bytes ?? new TextEncoder().encode(binary.text ?? "");
    return HttpResponse.json({
      resourceType: "Binary",
      contentType: binary.contentType,
      data: Buffer.from(bytes).toString("base64"),
    });
  }),
);
beforeEach(() => {
  binaries.clear();
  binaryRequests.length = 0;
  gate = Promise.resolve();
  renderDocument.mockReset();
  sanitizeDocumentHtml.mockClear();
  sanitizeDocumentNodes.mockClear();
  sanitizeForeignHtml.mockClear();
  let next = 0;
  vi.spyOn(URL, "createObjectURL").mockImplementation(() => `blob:${TEST_FHIR_BASE}/object-${(next += 1)}`);
  vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
});

function openDocument(resource: DocumentReference) {
  return renderWithClient(
    <DocumentPane session={createFakeSession()} summary={summarizeDocument(resource, "k")} />,
  );
}

// The renderer hands the view its parts: here one section whose content is `html`.
const okOutcome = (html: string): Extract<RenderOutcome, { ok: true }> => ({
  ok: true,
  html,
  title: "Continuity of Care Document",
  toc: [{ id: "ccda-x-s1-title", title: "Allergies", level: 2, children: [] }],
  parts: {
    ...headerOnlyParts(""),
    docId: "ccda-x-doc",
    sections: [
      {
        id: "ccda-x-s1",
        headingId: "ccda-x-s1-title",
        title: "Allergies",
        level: 2,
        code: "48765-2",
        textSize: 6,
        children: [],
        render: () => html,
        renderChunkNodes: (k: number) => (k === 0 ? nodesOf(html) : undefined),
        rendered: true,
      },
    ],
  },
  warnings: [
    { kind: "unknown-element", message: "An unknown element was kept as text", where: "section Allergies" },
    { kind: "broken-reference", message: "A reference pointed nowhere" },
  ],
  attachments: [],
});

describe("DocumentPane routing", () => {
  it("renders C-CDA found by content (whatever the label) through renderer → sanitizer, with aria-busy", async () => {
    const release = deferred();
    gate = release.promise;
    binaries.set("b-1", { contentType: "aapplication/xml", text: CCDA });
    renderDocument.mockReturnValue(
      okOutcome('<section class="ccda-section"><del class="ccda-del">old</del>new</section>'),
    );
    openDocument(docRef("1", { type: { text: "Discharge summary" } }));

    const article = screen.getByRole("article", { name: "Discharge summary" });
    expect(article).toHaveAttribute("aria-busy", "true");
    release.resolve();
    await waitFor(() => {
      expect(article).toHaveAttribute("aria-busy", "false");
    });

    expect(renderDocument).toHaveBeenCalledWith(
      CCDA,
      expect.objectContaining({ idPrefix: expect.stringMatching(/^ccda-[a-z0-9]+-$/) as string }),
    );
    expect(sanitizeDocumentNodes).toHaveBeenCalledWith(
      nodesOf('<section class="ccda-section"><del class="ccda-del">old</del>new</section>'),
    );
    expect(article.querySelector('#ccda-x-s1 [data-sanitized="document"]')).toHaveTextContent("oldnew");
    expect(within(article).getByRole("link", { name: /^Allergies/ })).toHaveAttribute(
      "href",
      "#ccda-x-s1-title",
    );
    expect(within(article).getByText("2 notes about this document")).toBeInTheDocument();
  });

  it("offers 'Show deletions' only when the document has deleted text", async () => {
    binaries.set("b-1", { contentType: "application/xml", text: CCDA });
    renderDocument.mockReturnValue(okOutcome("<p>nothing was deleted</p>"));
    openDocument(docRef("1"));
    await screen.findByTestId("ccda-container");
    expect(screen.queryByRole("checkbox", { name: "Show deletions" })).not.toBeInTheDocument();
  });

  it("toggles deleted text with 'Show deletions'", async () => {
    // The toggle is offered when the source has deleted text (revised="delete").
    const withDeletion = CCDA.replace("<title>CCD</title>", '<title>CCD</title><!-- revised="delete" -->');
    binaries.set("b-1", { contentType: "application/xml", text: withDeletion });
    renderDocument.mockReturnValue(okOutcome('<p><del class="ccda-del">x</del></p>'));
    openDocument(docRef("1"));
    const toggle = await screen.findByRole("checkbox", { name: "Show deletions" });
    const container = screen.getByTestId("ccda-container");
    expect(container).not.toHaveClass("ccda-show-deletions");
    await userEvent.click(toggle);
    expect(container).toHaveClass("ccda-show-deletions");
  });

  it("places nonXMLBody attachments inside the renderer's markers", async () => {
    binaries.set("b-1", { contentType: "application/xml", text: CCDA });
    renderDocument.mockReturnValue({
      ...okOutcome(
        '<p>Body</p><div class="ccda-attachment" data-attachment="0">Scanned note (text/plain)</div>',
      ),
      attachments: [
        { index: 0, mediaType: "text/plain", text: "Scanned words", title: "Scanned note" },
        { index: 1, mediaType: "text/plain", text: "No marker for me", title: "Orphan" },
      ],
    });
    openDocument(docRef("1"));
    await waitFor(() => {
      expect(document.querySelector('[data-attachment="0"]')).toHaveTextContent("Scanned words");
    });
    const orphan = screen.getByRole("region", { name: "Orphan" });
    expect(orphan.closest("[data-attachment]")).toBeNull();
    expect(orphan).toHaveTextContent("No marker for me");
  });

  it("shows a parse error with its position and an escaped source fallback", async () => {
    const broken = "<ClinicalDocument><script>alert(1)</script>";
    binaries.set("b-1", { contentType: "application/xml", text: broken });
    renderDocument.mockReturnValue({
      ok: false,
      error: { kind: "not-xml", message: "Unclosed tag", line: 1, column: 44 },
    });
    openDocument(docRef("1"));
    expect(await screen.findByText("This document could not be read")).toBeInTheDocument();
    expect(screen.getByText(/Unclosed tag \(line 1, column 44\)/)).toBeInTheDocument();
    await userEvent.click(screen.getByText("View source"));
    const source = document.querySelector("pre.text-view");
    expect(source?.textContent).toBe(broken);
    expect(document.querySelector("script")).toBeNull();
    expect(sanitizeDocumentHtml).not.toHaveBeenCalled();
    expect(sanitizeDocumentNodes).not.toHaveBeenCalled();
  });

  it("shows a PDF in an iframe of a blob: URL with a download link, and revokes it on unmount", async () => {
    binaries.set("b-1", { contentType: "application/pdf", bytes: new TextEncoder().encode("%PDF-1.4 fake") });
    const { unmount } = openDocument(
      docRef("1", { content: [{ attachment: { contentType: "application/pdf", url: "Binary/b-1" } }] }),
    );
    const frame = await screen.findByTitle("PDF document");
    const url = frame.getAttribute("src");
    expect(url).toMatch(/^blob:/);
    expect(screen.getByRole("link", { name: "Download PDF" })).toHaveAttribute("href", url);
    const blob = vi.mocked(URL.createObjectURL).mock.calls.at(-1)?.[0] as Blob;
    expect(blob.type).toBe("application/pdf");
    unmount();
    expect(URL.revokeObjectURL).toHaveBeenCalledWith(url);
  });

  it("shows plain text in a <pre>", async () => {
    binaries.set("b-1", { contentType: "text/plain", text: "Line one\n<b>not bold</b>" });
    openDocument(
      docRef("1", { content: [{ attachment: { contentType: "text/plain", url: "Binary/b-1" } }] }),
    );
    await waitFor(() => {
      expect(document.querySelector("pre.text-view")?.textContent).toBe("Line one\n<b>not bold</b>");
    });
    expect(document.querySelector("b")).toBeNull();
  });

  it("renders inline HTML notes through the foreign sanitizer, without any request", async () => {
    const note = "<p>Progress note</p><script>alert(1)</script>";
    openDocument(
      docRef("1", { content: [{ attachment: { contentType: "text/html", data: base64(note) } }] }),
    );
    expect(await screen.findByText("Progress note")).toBeInTheDocument();
    expect(sanitizeForeignHtml).toHaveBeenCalledWith(note);
    expect(document.querySelector('[data-sanitized="foreign"]')).not.toBeNull();
    expect(document.querySelector("script")).toBeNull();
    expect(binaryRequests).toEqual([]);
  });

  it("offers RTF as a download with a plain note", async () => {
    binaries.set("b-1", { contentType: "application/rtf", text: "{\\rtf1 hello}" });
    openDocument(
      docRef("1", { content: [{ attachment: { contentType: "application/rtf", url: "Binary/b-1" } }] }),
    );
    expect(await screen.findByText(/cannot be shown here/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Download document" })).toHaveAttribute("download", "Note 1.rtf");
  });

  it("refuses an attachment on another server and says so, without a request", async () => {
    openDocument(
      docRef("1", {
        content: [{ attachment: { contentType: "application/xml", url: "https://cdn.example/b" } }],
      }),
    );
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "This document is stored on another server (cdn.example); it was not fetched so your sign-in is not sent there.",
    );
    expect(binaryRequests).toEqual([]);
  });

  it("shows a missing Binary as not found", async () => {
    openDocument(docRef("1"));
    expect(await screen.findByRole("alert")).toHaveTextContent("Not found");
  });

  it("contains a renderer crash inside the document's error boundary", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    binaries.set("b-1", { contentType: "application/xml", text: CCDA });
    renderDocument.mockImplementation(() => {
      throw new Error("renderer exploded");
    });
    openDocument(docRef("1", { type: { text: "Bad doc" } }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("renderer exploded");
    expect(screen.getByRole("article", { name: "Bad doc" })).toBeInTheDocument();
  });

  it("fetches nothing while no document is open", async () => {
    renderWithClient(<DocumentPane session={createFakeSession()} summary={undefined} />);
    expect(screen.getByText("Select a document to view it.")).toBeInTheDocument();
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    expect(binaryRequests).toEqual([]);
  });
});
