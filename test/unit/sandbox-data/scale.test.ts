// @vitest-environment node
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../../sandbox/data/dataset";
import { decodeBytes } from "./corpus";

const base = buildDataset();
const countFor = (docs: typeof base.documentReferences, patientId: string) =>
  docs.filter((d) => d.subject?.reference === `Patient/${patientId}`).length;

describe("scale mode", () => {
  it("adds extraDocumentsPerPatient generated C-CDAs to every patient", () => {
    const scaled = buildDataset({ scale: { extraDocumentsPerPatient: 40 } });
    for (const p of base.patients) {
      expect(countFor(scaled.documentReferences, p.id ?? "")).toBe(
        countFor(base.documentReferences, p.id ?? "") + 40,
      );
    }
    expect(scaled.binaries.size).toBe(base.binaries.size + 40 * base.patients.length);
    const ids = scaled.documentReferences.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("adds one C-CDA of about largeDocumentBytes per patient", () => {
    const target = 2_000_000;
    const scaled = buildDataset({ scale: { largeDocumentBytes: target } });
    const large = scaled.documentReferences.filter((d) => d.id?.endsWith("-large"));
    expect(large).toHaveLength(base.patients.length);
    for (const doc of large) {
      const size = doc.content[0]?.attachment.size ?? 0;
      expect(size).toBeGreaterThan(target * 0.9);
      expect(size).toBeLessThan(target * 1.1);
      const binary = scaled.binaries.get(doc.content[0]?.attachment.url?.slice(7) ?? "");
      expect(binary?.bytes.length).toBe(size);
      const text = decodeBytes(binary?.bytes ?? new Uint8Array());
      expect(text.trimEnd().endsWith("</ClinicalDocument>")).toBe(true);
    }
  });
});
