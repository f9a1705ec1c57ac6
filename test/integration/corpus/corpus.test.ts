/**
 * The shared C-CDA corpus, dev/ set (and a check that the whole corpus is found). The bulk/ set runs in two more
 * shards (corpus-bulk-*.test.ts) so vitest can spread the ~578 documents over its workers. Every shard adds its
 * part to .bench-results/corpus-report.json (documents rendered, parse errors, warnings by kind, text coverage).
 */
import { describe, expect, it } from "vitest";
import { corpusDocuments, corpusExists } from "./corpus-files";
import { corpusSuite } from "./corpus-suite";

describe.skipIf(!corpusExists)("C-CDA corpus files", () => {
  it("finds every document of dev/ and bulk/ by content (578 in the manifest)", () => {
    expect(corpusDocuments().length).toBeGreaterThanOrEqual(570);
  });
});

corpusSuite("dev", (docs) => docs.filter((d) => d.localPath.startsWith("dev/")));
