import type { DocumentReference } from "fhir/r4";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { rankRenditions } from "../../../src/fhir/attachment";
import { FhirHttpError } from "../../../src/fhir/fhir-http-error";
import { loadBestRendition } from "../../../src/fhir/rendition-loader";
import { createFakeSession, TEST_FHIR_BASE } from "./fake-session";
import { base64 } from "./fixtures";
import { setupMswServerForFile } from "./msw-server";

const CCDA =
  '<?xml version="1.0"?><ClinicalDocument xmlns="urn:hl7-org:v3"><title>T</title></ClinicalDocument>';
const notFound = {
  resourceType: "OperationOutcome",
  issue: [{ severity: "error", code: "not-found", details: { text: "Resource not found" } }],
};

setupMswServerForFile(
  http.get(`${TEST_FHIR_BASE}/Binary/:id`, ({ params }) => {
    switch (String(params["id"])) {
      case "XR-1":
        return HttpResponse.json(notFound, { status: 404 });
      case "XML-1":
        return HttpResponse.json({
          resourceType: "Binary",
          contentType: "application/xml",
          data: base64(CCDA),
        });
      case "busy":
        return new HttpResponse(null, { status: 429 });
      case "broken":
        return HttpResponse.json({
          resourceType: "Binary",
          contentType: "text/html",
          data: "@@not base64@@",
        });
      default:
        return HttpResponse.json({
          resourceType: "Binary",
          contentType: "text/html",
          data: base64("<p>note</p>"),
        });
    }
  }),
);

function doc(...attachments: { contentType: string; url?: string; data?: string }[]): DocumentReference {
  return {
    resourceType: "DocumentReference",
    status: "current",
    content: attachments.map((attachment) => ({ attachment })),
  };
}

describe("loadBestRendition", () => {
  it("shows the best rendition and says how many there are", async () => {
    const session = createFakeSession();
    const loaded = await loadBestRendition(
      session,
      rankRenditions(
        doc(
          { contentType: "application/pdf", url: "Binary/XR-1" },
          { contentType: "application/xml", url: "Binary/XML-1" },
        ),
      ),
    );
    expect(loaded.content.kind).toBe("ccda");
    expect(loaded.rendition.label).toBe("XML");
    expect(loaded.renditionCount).toBe(2);
    expect(loaded.skipped).toEqual([]);
    expect(session.requested).toEqual([`${TEST_FHIR_BASE}/Binary/XML-1`]);
  });

  it("falls back from a 404 rendition to the next and says why (Millennium's PDF without XR)", async () => {
    const session = createFakeSession();
    const pdfOnlyFirst = rankRenditions(
      doc(
        { contentType: "application/pdf", url: "Binary/XR-1" },
        { contentType: "text/html", url: "Binary/TR-1" },
      ),
    ).reverse();
    const loaded = await loadBestRendition(session, pdfOnlyFirst);
    expect(loaded.rendition.label).toBe("HTML");
    expect(loaded.skipped).toEqual([
      { label: "PDF", contentType: "application/pdf", reason: "the server did not find it" },
    ]);
    expect(session.requested).toHaveLength(2);
  });

  it("falls back when inline data cannot be decoded", async () => {
    const loaded = await loadBestRendition(
      createFakeSession(),
      rankRenditions(
        doc({ contentType: "text/html", data: "%%%" }, { contentType: "text/plain", url: "Binary/t" }),
      ),
    );
    expect(loaded.skipped[0]?.reason).toBe("its data could not be decoded");
    expect(loaded.content.kind).toBe("html");
  });

  it("does not try other renditions when the server is busy (the query retries instead)", async () => {
    const session = createFakeSession();
    const attempt = loadBestRendition(
      session,
      rankRenditions(
        doc(
          { contentType: "application/xml", url: "Binary/busy" },
          { contentType: "text/html", url: "Binary/h" },
        ),
      ),
    );
    await expect(attempt).rejects.toBeInstanceOf(FhirHttpError);
    expect(session.requested).toHaveLength(1);
  });

  it("throws the best rendition's error when every rendition fails", async () => {
    const attempt = loadBestRendition(
      createFakeSession(),
      rankRenditions(
        doc(
          { contentType: "text/html", url: "Binary/broken" },
          { contentType: "application/xml", url: "Binary/XR-1" },
        ),
      ),
    );
    // The XML rendition ranks first: its 404 is what the user is told, not the HTML's decoding failure.
    await expect(attempt).rejects.toMatchObject({ status: 404 });
  });
});
