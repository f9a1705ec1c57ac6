import type { Attachment, DocumentReference } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { mediaType, pickAttachment, rankRenditions, renditionKind } from "../../../src/fhir/attachment";

function withContents(...attachments: (Attachment & { format?: string })[]): DocumentReference {
  return {
    resourceType: "DocumentReference",
    status: "current",
    content: attachments.map(({ format, ...attachment }) => ({
      attachment,
      ...(format === undefined ? {} : { format: { code: format } }),
    })),
  };
}

describe("pickAttachment", () => {
  it("prefers C-CDA XML over PDF, HTML and text regardless of order", () => {
    const doc = withContents(
      { contentType: "text/plain", url: "Binary/t" },
      { contentType: "text/html", url: "Binary/h" },
      { contentType: "application/pdf", url: "Binary/p" },
      { contentType: "application/hl7-v3+xml", url: "Binary/x" },
    );
    expect(pickAttachment(doc)?.url).toBe("Binary/x");
  });

  it("prefers the XML marked with a C-CDA format code over other XML", () => {
    const doc = withContents(
      { contentType: "application/xml", url: "Binary/other" },
      {
        contentType: "application/xml",
        url: "Binary/ccda",
        format: "urn:hl7-org:sdwg:ccda-structuredBody:2.1",
      },
    );
    expect(pickAttachment(doc)?.url).toBe("Binary/ccda");
  });

  it("then HTML, then text, then PDF, and RTF last", () => {
    expect(
      pickAttachment(
        withContents({ contentType: "application/pdf", url: "p" }, { contentType: "text/html", url: "h" }),
      )?.url,
    ).toBe("h");
    expect(
      pickAttachment(
        withContents({ contentType: "text/plain", url: "t" }, { contentType: "text/html", data: "PGI+" }),
      )?.data,
    ).toBe("PGI+");
    expect(
      pickAttachment(
        withContents({ contentType: "application/pdf", url: "p" }, { contentType: "text/plain", url: "t" }),
      )?.url,
    ).toBe("t");
    // Epic: the same note as RTF and HTML; no browser shows RTF.
    expect(
      pickAttachment(
        withContents({ contentType: "text/rtf", url: "r" }, { contentType: "text/html", url: "h" }),
      )?.url,
    ).toBe("h");
    expect(
      rankRenditions(
        withContents(
          { contentType: "application/rtf", url: "r" },
          { contentType: "application/pdf", url: "p" },
        ),
      ).map((rendition) => rendition.label),
    ).toEqual(["PDF", "RTF"]);
  });

  it("treats XHTML as HTML, not as C-CDA XML", () => {
    const doc = withContents(
      { contentType: "application/xhtml+xml", url: "xh" },
      { contentType: "text/plain", url: "t" },
    );
    expect(pickAttachment(doc)?.url).toBe("xh");
    expect(
      pickAttachment(
        withContents(
          { contentType: "application/xhtml+xml", url: "xh" },
          { contentType: "application/xml", url: "x" },
        ),
      )?.url,
    ).toBe("x");
  });

  it("accepts odd vendor labels such as 'aapplication/xml' as XML", () => {
    const doc = withContents(
      { contentType: "application/pdf", url: "p" },
      { contentType: "aapplication/xml", url: "x" },
    );
    expect(pickAttachment(doc)?.url).toBe("x");
  });

  it("skips attachments without data or url, and handles missing content", () => {
    expect(
      pickAttachment(
        withContents({ contentType: "application/xml" }, { contentType: "text/plain", url: "t" }),
      )?.url,
    ).toBe("t");
    expect(pickAttachment(withContents({ contentType: "application/xml" }))).toBeUndefined();
    expect(
      pickAttachment({ resourceType: "DocumentReference", status: "current" } as DocumentReference),
    ).toBeUndefined();
  });
});

describe("mediaType", () => {
  it("drops parameters and case", () => {
    expect(mediaType("Application/XML; charset=UTF-8")).toBe("application/xml");
    expect(mediaType(undefined)).toBe("");
  });
});

describe("renditionKind", () => {
  it.each([
    ["application/hl7-v3+xml", undefined, "xml"],
    ["application/xml", "urn:hl7-org:sdwg:ccda-structuredBody:2.1", "ccda"],
    ["text/xml; charset=UTF-8", undefined, "xml"],
    ["aapplication/xml", undefined, "xml"],
    ["application/cda", undefined, "xml"],
    [undefined, "urn:hl7-org:sdwg:ccda-structuredBody:2.1", "ccda"],
    ["application/xhtml+xml", undefined, "html"],
    ["text/rtf", undefined, "rtf"],
    ["application/pdf", undefined, "pdf"],
    ["text/plain", undefined, "text"],
    ["application/octet-stream", undefined, "other"],
  ])("%s (format %s) is %s", (contentType, format, kind) => {
    expect(renditionKind(contentType, format)).toBe(kind);
  });
});
