/** Scale mode: many extra documents and very large documents for benchmarks (cheap, seeded variations). */
import { buildCcdaTree, encodeCcda } from "./ccda-document";
import { generateCcdaDoc } from "./ccda-docs";
import type { DocKind, DocSpec } from "./doc-spec";
import type { GeneratedDoc } from "./doc-references";
import { specFor } from "./doc-plan";
import { Prng, hashString } from "./prng";
import type { PatientProfile } from "./profiles";

const KINDS: readonly DocKind[] = ["progress", "ccd", "consult", "referral", "progress", "hp", "discharge"];

export function extraDocs(patient: PatientProfile, count: number): GeneratedDoc[] {
  const rng = new Prng(hashString(`${patient.id}|scale`));
  const docs: GeneratedDoc[] = [];
  for (let i = 0; i < count; i++) {
    const kind = KINDS[i % KINDS.length] ?? "progress";
    const admission =
      kind === "hp" || kind === "discharge" ? rng.int(0, patient.admissions.length - 1) : undefined;
    const n = String(i + 1).padStart(5, "0");
    const spec = specFor(patient, {
      kind,
      daysAgo: rng.int(5, 3200),
      docId: `dr-${patient.slug}-x${n}`,
      binaryId: `b-${patient.slug}-x${n}`,
      rng,
      admission,
      encoding: "utf-8",
    });
    docs.push(generateCcdaDoc(spec));
  }
  return docs;
}

function sizeWith(spec: DocSpec, bulkRows: number): number {
  const grown = { ...spec, bulkRows };
  return encodeCcda(buildCcdaTree(grown), grown).length;
}

/** One CCD grown (many result panels and encounters) to roughly `targetBytes`. */
export function largeDoc(patient: PatientProfile, targetBytes: number): GeneratedDoc {
  const rng = new Prng(hashString(`${patient.id}|large`));
  const base = specFor(patient, {
    kind: "ccd",
    daysAgo: 3,
    docId: `dr-${patient.slug}-large`,
    binaryId: `b-${patient.slug}-large`,
    rng,
    encoding: "utf-8",
  });
  const spec = {
    ...base,
    title: `Continuity of Care Document (large, ~${(targetBytes / 1_000_000).toFixed(1)} MB)`,
  };
  // Document size grows linearly with the extra rows: measure two sizes, then solve for the target.
  const probe = 200;
  const small = sizeWith(spec, 0);
  const perRow = (sizeWith(spec, probe) - small) / probe;
  const bulkRows = Math.max(0, Math.round((targetBytes - small) / perRow));
  return generateCcdaDoc({ ...spec, bulkRows });
}
