import type { Attachment } from "fhir/r4";
import { http, HttpResponse } from "msw";
import { afterEach, describe, expect, it } from "vitest";
import { fetchAttachmentBytes, MissingContentError } from "../../../src/fhir/document-content";
import { UnsafeUrlError } from "../../../src/fhir/fhir-http-error";
import { createFakeSession, TEST_FHIR_BASE } from "./fake-session";
import { base64 } from "./fixtures";
import { setupMswServerForFile } from "./msw-server";

const received: { url: string; accept: string | null }[] = [];
setupMswServerForFile(
  http.get(`${TEST_FHIR_BASE}/Binary/:id`, ({ request, params }) => {
    received.push({ url: request.url, accept: request.headers.get("accept") });
    if (params["id"] === "raw") {
      return new HttpResponse(new TextEncoder().encode("<ClinicalDocument/>"), {
        headers: { "content-type": "application/hl7-v3+xml" },
      });
    }
    if (params["id"] === "empty")
      return HttpResponse.json({ resourceType: "Binary", contentType: "application/xml" });
    return HttpResponse.json({
      resourceType: "Binary",
      contentType: "application/xml",
      data: base64("<a>é</a>"),
    });
  }),
  // Any request off the FHIR base would land here; the tests assert it never does.
  http.get("https://elsewhere.example/*", ({ request }) => {
    received.push({ url: request.url, accept: request.headers.get("accept") });
    return HttpResponse.json({});
  }),
);
afterEach(() => {
  received.length = 0;
});

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe("fetchAttachmentBytes", () => {
  it("uses inline data without any request", async () => {
    const session = createFakeSession();
    const result = await fetchAttachmentBytes(session, {
      contentType: "text/html",
      data: base64("<p>Hi</p>"),
    });
    expect(decode(result.bytes)).toBe("<p>Hi</p>");
    expect(result).toMatchObject({ contentType: "text/html", source: "inline" });
    expect(session.requested).toEqual([]);
  });

  it("reads Binary.data from the JSON form, asking for application/fhir+json", async () => {
    const result = await fetchAttachmentBytes(createFakeSession(), {
      contentType: "application/xml",
      url: "Binary/b-1",
    });
    expect(decode(result.bytes)).toBe("<a>é</a>");
    expect(received).toEqual([{ url: `${TEST_FHIR_BASE}/Binary/b-1`, accept: "application/fhir+json" }]);
  });

  it("falls back to the raw bytes when the server answers with the document itself", async () => {
    const result = await fetchAttachmentBytes(createFakeSession(), { url: `${TEST_FHIR_BASE}/Binary/raw` });
    expect(decode(result.bytes)).toBe("<ClinicalDocument/>");
    expect(result.contentType).toBe("application/hl7-v3+xml");
  });

  it("never sends the token off the FHIR base", async () => {
    const session = createFakeSession();
    const attachment: Attachment = {
      contentType: "application/pdf",
      url: "https://elsewhere.example/Binary/1",
    };
    await expect(fetchAttachmentBytes(session, attachment)).rejects.toThrow(UnsafeUrlError);
    await expect(fetchAttachmentBytes(session, attachment)).rejects.toThrow(
      /another server \(elsewhere\.example\)/,
    );
    expect(session.requested).toEqual([]);
    expect(received).toEqual([]);
  });

  it("reports documents without content", async () => {
    await expect(
      fetchAttachmentBytes(createFakeSession(), { contentType: "application/xml" }),
    ).rejects.toThrow(MissingContentError);
    await expect(fetchAttachmentBytes(createFakeSession(), { url: "Binary/empty" })).rejects.toThrow(
      MissingContentError,
    );
  });
});
