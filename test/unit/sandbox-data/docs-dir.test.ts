// @vitest-environment node
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { buildDataset } from "../../../sandbox/data/dataset";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const sharedDev = path.resolve(repoRoot, "../shared", "ccda/dev");
const sharedExists = existsSync(sharedDev);
if (!sharedExists) console.warn(`SKIPPING docsDir test on real files: ${sharedDev} is missing`);

const base = buildDataset();
const firstPatient = `Patient/${base.patients[0]?.id ?? ""}`;

describe("docsDir: files recognised by content", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "sandbox-docs-"));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("imports ClinicalDocument files whatever their extension, recursively, and ignores the rest", () => {
    mkdirSync(path.join(dir, "nested", "deeper"), { recursive: true });
    const cda =
      '<?xml version="1.0"?><ClinicalDocument xmlns="urn:hl7-org:v3"><code code="18842-5" displayName="Discharge summary"/><effectiveTime value="20200102"/></ClinicalDocument>';
    writeFileSync(path.join(dir, "nested", "deeper", "summary.txt"), cda);
    writeFileSync(path.join(dir, "plain.xml"), "<note>not a CDA</note>");
    writeFileSync(
      path.join(dir, "ccd.xml"),
      '<ClinicalDocument xmlns="urn:hl7-org:v3"><title>No code</title></ClinicalDocument>',
    );
    const withDocs = buildDataset({ docsDir: dir });
    const imported = withDocs.documentReferences.filter((d) => d.id?.startsWith("dr-file-"));
    expect(imported).toHaveLength(2);
    const summary = imported.find((d) => d.content[0]?.attachment.title === "summary");
    expect(summary?.type?.coding?.[0]?.code).toBe("18842-5");
    expect(summary?.date).toBe("2020-01-02T00:00:00Z");
    expect(imported.find((d) => d.content[0]?.attachment.title === "ccd")?.type?.coding?.[0]?.code).toBe(
      "34133-9",
    );
    for (const doc of imported) {
      expect(doc.subject?.reference).toBe(firstPatient);
      const binary = withDocs.binaries.get(doc.content[0]?.attachment.url?.slice(7) ?? "");
      expect(binary?.contentType).toBe("application/xml");
      expect(binary?.bytes.length).toBe(doc.content[0]?.attachment.size);
    }
    expect(buildDataset({ docsDir: dir }).documentReferences.map((d) => d.id)).toEqual(
      withDocs.documentReferences.map((d) => d.id),
    );
  });
});

describe.skipIf(!sharedExists)("docsDir: the shared C-CDA samples", () => {
  it("serves every ClinicalDocument under ../shared/ccda/dev as documents of the first patient", () => {
    const withDocs = buildDataset({ docsDir: sharedDev });
    const imported = withDocs.documentReferences.filter((d) => d.id?.startsWith("dr-file-"));
    expect(imported.length).toBeGreaterThanOrEqual(5);
    expect(imported.every((d) => d.subject?.reference === firstPatient)).toBe(true);
    expect(new Set(imported.map((d) => d.id)).size).toBe(imported.length);
    expect(imported.every((d) => withDocs.binaries.has(d.content[0]?.attachment.url?.slice(7) ?? ""))).toBe(
      true,
    );
  });
});
