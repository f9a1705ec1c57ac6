// @vitest-environment node
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../../sandbox/data/dataset";
import type { DocumentReference } from "fhir/r4";

const dataset = buildDataset();
const REQUIRED_TYPES = ["34133-9", "18842-5", "11506-3", "57133-1", "11488-4", "34117-2"];

function docsOf(patientId: string): DocumentReference[] {
  return dataset.documentReferences.filter((d) => d.subject?.reference === `Patient/${patientId}`);
}

describe("buildDataset", () => {
  it("is deterministic: two builds are deep-equal", () => {
    const again = buildDataset();
    // Resources with toEqual; binaries byte-wise with Buffer.equals (toEqual on megabytes of typed arrays is slow).
    const { binaries, ...resources } = again;
    const { binaries: firstBinaries, ...firstResources } = dataset;
    expect(resources).toEqual(firstResources);
    expect([...binaries.keys()]).toEqual([...firstBinaries.keys()]);
    for (const [id, binary] of binaries) {
      const first = firstBinaries.get(id);
      expect({ ...binary, bytes: null }).toEqual({ ...first, bytes: null });
      expect(first !== undefined && Buffer.from(binary.bytes).equals(first.bytes), id).toBe(true);
    }
  });

  it("has at least 3 complete patients", () => {
    expect(dataset.patients.length).toBeGreaterThanOrEqual(3);
    for (const p of dataset.patients) {
      expect(p.name?.[0]?.family).toBeTruthy();
      expect(p.birthDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(p.gender).toMatch(/^(female|male)$/);
      expect(p.identifier?.[0]?.system).toMatch(/^urn:oid:2\.16\.840\.1\.113883\.19\.5/);
      expect(p.address?.length).toBeGreaterThan(0);
      expect(p.telecom?.length).toBeGreaterThan(0);
      expect(p.communication?.[0]?.language.coding?.[0]?.code).toBeTruthy();
    }
  });

  it("has several practitioners and organizations, and every reference resolves", () => {
    expect(dataset.practitioners.length).toBeGreaterThanOrEqual(3);
    expect(dataset.organizations.length).toBeGreaterThanOrEqual(3);
    const known = new Set([
      ...dataset.practitioners.map((p) => `Practitioner/${p.id ?? ""}`),
      ...dataset.organizations.map((o) => `Organization/${o.id ?? ""}`),
    ]);
    for (const doc of dataset.documentReferences) {
      for (const author of doc.author ?? []) expect(known.has(author.reference ?? "")).toBe(true);
      if (doc.custodian?.reference !== undefined) expect(known.has(doc.custodian.reference)).toBe(true);
    }
  });

  it("gives each patient at least 25 documents of all six note types, over several years, by several authors", () => {
    for (const p of dataset.patients) {
      const docs = docsOf(p.id ?? "");
      expect(docs.length).toBeGreaterThanOrEqual(25);
      const types = new Set(docs.map((d) => d.type?.coding?.[0]?.code));
      for (const code of REQUIRED_TYPES) expect(types).toContain(code);
      const years = new Set(docs.map((d) => d.date?.slice(0, 4)));
      expect(years.size).toBeGreaterThanOrEqual(4);
      expect(new Set(docs.map((d) => d.author?.[0]?.reference)).size).toBeGreaterThanOrEqual(3);
      expect(new Set(docs.map((d) => d.custodian?.display)).size).toBeGreaterThanOrEqual(2);
    }
  });

  it("uses unique ids and the clinical-note category everywhere", () => {
    const ids = dataset.documentReferences.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const doc of dataset.documentReferences) {
      expect(doc.category?.[0]?.coding?.[0]).toMatchObject({
        system: "http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category",
        code: "clinical-note",
      });
      expect(doc.context?.period?.start).toBeTruthy();
      expect(doc.custodian?.display).toBeTruthy();
    }
  });

  it("stores attachments whose size equals the byte length (Binary or inline data), and every Binary is used", () => {
    const used = new Set<string>();
    for (const doc of dataset.documentReferences) {
      expect(doc.content.length).toBeGreaterThan(0);
      for (const { attachment } of doc.content) {
        if (attachment.url !== undefined) {
          expect(attachment.url).toMatch(/^Binary\/b-/);
          const binary = dataset.binaries.get(attachment.url.slice("Binary/".length));
          expect(binary, attachment.url).toBeDefined();
          used.add(binary?.id ?? "");
          expect(binary?.bytes).toBeInstanceOf(Uint8Array);
          expect(attachment.size).toBe(binary?.bytes.length);
          expect(binary?.contentType).toBe(attachment.contentType);
          expect(binary?.patientId).toBe(doc.subject?.reference?.slice("Patient/".length));
        } else {
          expect(attachment.data).toBeTruthy();
          expect(attachment.size).toBe(Buffer.from(attachment.data ?? "", "base64").length);
        }
      }
    }
    expect(used.size).toBe(dataset.binaries.size);
  });

  it("offers a PDF rendition as a second content entry on some C-CDA documents", () => {
    const withRendition = dataset.documentReferences.filter((d) => d.content.length > 1);
    expect(withRendition.length).toBeGreaterThanOrEqual(1);
    for (const doc of withRendition) {
      expect(doc.content[0]?.attachment.contentType).toMatch(/xml/);
      expect(doc.content[1]?.attachment.contentType).toBe("application/pdf");
      const pdf = dataset.binaries.get(doc.content[1]?.attachment.url?.slice("Binary/".length) ?? "");
      expect(Buffer.from(pdf?.bytes.subarray(0, 5) ?? []).toString("latin1")).toBe("%PDF-");
    }
  });

  it("replaces every superseded document by a current one of the same patient", () => {
    const superseded = dataset.documentReferences.filter((d) => d.status === "superseded");
    expect(superseded.length).toBeGreaterThanOrEqual(1);
    for (const old of superseded) {
      const newer = dataset.documentReferences.filter((d) =>
        d.relatesTo?.some(
          (r) => r.code === "replaces" && r.target.reference === `DocumentReference/${old.id ?? ""}`,
        ),
      );
      expect(newer).toHaveLength(1);
      expect(newer[0]?.status).toBe("current");
      expect(newer[0]?.subject).toEqual(old.subject);
    }
    for (const doc of dataset.documentReferences) {
      for (const rel of doc.relatesTo ?? []) {
        expect(
          dataset.documentReferences.some((d) => `DocumentReference/${d.id ?? ""}` === rel.target.reference),
        ).toBe(true);
      }
    }
  });

  it("covers docStatus, confidentiality and content-type variety", () => {
    const docs = dataset.documentReferences;
    expect(docs.filter((d) => d.docStatus === "final").length).toBeGreaterThan(docs.length / 2);
    expect(docs.some((d) => d.docStatus === "preliminary")).toBe(true);
    expect(docs.some((d) => d.docStatus === "amended")).toBe(true);
    expect(docs.some((d) => d.securityLabel?.[0]?.coding?.[0]?.code === "R")).toBe(true);
    const types = new Set(docs.map((d) => d.content[0]?.attachment.contentType));
    for (const t of ["application/xml", "application/pdf", "text/html"]) expect(types).toContain(t);
    expect([...types].some((t) => t?.startsWith("text/plain"))).toBe(true);
    const formats = new Set(docs.map((d) => d.content[0]?.format?.code));
    expect(formats).toContain("urn:hl7-org:sdwg:ccda-structuredBody:2.1");
    expect(formats).toContain("urn:hl7-org:sdwg:ccda-nonXMLBody:2.1");
  });

  it("serves inline HTML notes the Soarian way (data, no url) with hostile markup for the sanitizer", () => {
    const notes = dataset.documentReferences.filter(
      (d) => d.content[0]?.attachment.contentType === "text/html",
    );
    expect(notes.length).toBeGreaterThanOrEqual(2);
    const html = notes
      .map((d) => Buffer.from(d.content[0]?.attachment.data ?? "", "base64").toString("utf8"))
      .join("\n");
    expect(notes.every((d) => d.content[0]?.attachment.url === undefined)).toBe(true);
    expect(html).toMatch(/<script>/i);
    expect(html).toMatch(/onerror=/i);
    expect(html).toMatch(/<img[^>]+src="https:/i);
    expect(html).toMatch(/style="/i);
  });

  it("serves the plain-text note as UTF-8 bytes with non-ASCII characters", () => {
    const doc = dataset.documentReferences.find((d) =>
      d.content[0]?.attachment.contentType?.startsWith("text/plain"),
    );
    const binary = dataset.binaries.get(doc?.content[0]?.attachment.url?.slice(7) ?? "");
    expect(binary).toBeDefined();
    const text = new TextDecoder("utf-8", { fatal: true }).decode(binary?.bytes);
    expect(text).toContain("Müller");
    expect(text).toContain("— 5 mg");
    expect(binary?.bytes.length).toBeGreaterThan(text.length);
  });
});
