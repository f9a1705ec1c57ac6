import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { beforeEach, describe, expect, it, vi, beforeAll } from "vitest";
import type { RenderOutcome } from "../../../src/ccda/types";
import { DocumentsScreen } from "../../../src/features/documents/documents-screen";
import { createFakeSession, TEST_FHIR_BASE } from "../fhir/fake-session";
import { bundle, docRef } from "../fhir/fixtures";
import { renderWithClient } from "./render-with-client";
import { headerOnlyOutcome } from "./outcome-double";
import { setupMswServerForFile } from "../fhir/msw-server";
import { loadContentView } from "../../../src/features/documents/load-content-view";

// The viewers are a lazily loaded chunk; load it once so each test renders synchronously, as after launch.
beforeAll(async () => {
  await loadContentView();
});

const { renderDocument } = vi.hoisted(() => ({
  renderDocument: vi.fn<(text: string, options: { idPrefix: string }) => RenderOutcome>(),
}));
vi.mock("../../../src/ccda/render-document", () => ({ renderDocument }));

const binaryRequests: string[] = [];
setupMswServerForFile(
  http.get(`${TEST_FHIR_BASE}/DocumentReference`, () =>
    HttpResponse.json(
      bundle([
        docRef("good", { date: "2024-02-01", type: { text: "Good note" } }),
        docRef("bad", { date: "2024-01-01", type: { text: "Bad note" } }),
      ]),
    ),
  ),
  http.get(`${TEST_FHIR_BASE}/Binary/:id`, ({ params }) => {
    binaryRequests.push(String(params["id"]));
    return HttpResponse.json({
      resourceType: "Binary",
      contentType: "application/xml",
      data: Buffer.from(`<ClinicalDocument>${String(params["id"])}</ClinicalDocument>`).toString("base64"),
    });
  }),
  http.get(`${TEST_FHIR_BASE}/Patient/p-1`, () =>
    HttpResponse.json({ resourceType: "Patient", id: "p-1", name: [{ text: "Ava Reyes" }] }),
  ),
);
beforeEach(() => {
  window.history.replaceState(null, "", "/viewer");
  binaryRequests.length = 0;
  renderDocument.mockImplementation((text) => {
    if (text.includes("b-bad")) throw new Error("renderer exploded");
    return headerOnlyOutcome("<p>Rendered good</p>", "Good");
  });
});

describe("DocumentsScreen", () => {
  it("opens the newest document on its own (wide screen) and fetches a Binary only for opened documents", async () => {
    renderWithClient(<DocumentsScreen session={createFakeSession()} />);
    // jsdom has no matchMedia, so the screen counts as wide: the newest document opens as the list arrives.
    expect(await screen.findByText("Rendered good")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /Good note/ })).toHaveAttribute("aria-current", "true");
    expect(window.location.search).toBe("?doc=good");
    // StrictMode's mount/unmount/mount may cancel and repeat the first request; only b-good is asked for.
    expect(new Set(binaryRequests)).toEqual(new Set(["b-good"]));
    await userEvent.click(screen.getByRole("button", { name: /Bad note/ }));
    await screen.findByRole("article", { name: "Bad note" });
    expect(new Set(binaryRequests)).toEqual(new Set(["b-good", "b-bad"]));
    expect(window.location.search).toBe("?doc=bad");
  });

  it("opens the document the URL names, and follows back/forward", async () => {
    window.history.replaceState(null, "", "/viewer?doc=bad");
    renderWithClient(<DocumentsScreen session={createFakeSession()} />);
    expect(await screen.findByRole("article", { name: "Bad note" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /Bad note/ })).toHaveAttribute("aria-current", "true");
    await userEvent.click(screen.getByRole("button", { name: /Good note/ }));
    expect(await screen.findByText("Rendered good")).toBeInTheDocument();
    expect(window.location.search).toBe("?doc=good");
    act(() => {
      window.history.back();
    });
    expect(await screen.findByRole("article", { name: "Bad note" })).toBeInTheDocument();
  });

  it("says so when the URL names a document the list does not have", async () => {
    window.history.replaceState(null, "", "/viewer?doc=gone");
    renderWithClient(<DocumentsScreen session={createFakeSession()} />);
    expect(await screen.findByText(/not in the patient's list/)).toBeInTheDocument();
    expect(binaryRequests).toEqual([]);
  });

  it("opens the next and previous documents with j / k", async () => {
    renderWithClient(<DocumentsScreen session={createFakeSession()} />);
    await screen.findByText("Rendered good");
    await userEvent.keyboard("j");
    expect(await screen.findByRole("article", { name: "Bad note" })).toBeInTheDocument();
    await userEvent.keyboard("k");
    expect(await screen.findByRole("article", { name: "Good note" })).toBeInTheDocument();
  });

  it("keeps the list usable when one document breaks its viewer", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    renderWithClient(<DocumentsScreen session={createFakeSession()} />);
    await userEvent.click(await screen.findByRole("button", { name: /Bad note/ }));
    const article = await screen.findByRole("article", { name: "Bad note" });
    expect(await within(article).findByRole("alert")).toHaveTextContent("renderer exploded");
    await userEvent.click(screen.getByRole("button", { name: /Good note/ }));
    expect(await screen.findByText("Rendered good")).toBeInTheDocument();
  });

  it("shows the patient banner only when the launch asks for it", async () => {
    const { unmount } = renderWithClient(<DocumentsScreen session={createFakeSession()} />);
    expect(await screen.findByText("Ava Reyes")).toBeInTheDocument();
    unmount();
    renderWithClient(<DocumentsScreen session={createFakeSession({ needPatientBanner: false })} />);
    await screen.findByRole("list", { name: "Documents" });
    expect(screen.queryByRole("region", { name: "Patient" })).not.toBeInTheDocument();
  });
});
