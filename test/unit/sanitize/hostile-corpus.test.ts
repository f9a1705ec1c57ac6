/**
 * The generated hostile documents (test/security/) through the renderer and the sanitizer in jsdom: well-formed
 * where meant to be, every invariant held, the canary section rendered. The same documents run in Chromium in
 * test/e2e/hostile.e2e.ts; this is the fast check that the generator and the pipeline agree.
 */
import { describe, expect, it } from "vitest";
import { renderDocument } from "../../../src/ccda/render-document";
import { sanitizeDocumentHtml } from "../../../src/sanitize/sanitize-html";
import { hostileDocs } from "../../security/hostile-docs";
import { XSS_DIR, xssDocs, xssExists } from "../../security/xss-docs";
import { fragmentOf, invariantViolations } from "./invariants";

// jsdom is far slower than a browser on big DOMs: the size classes are scaled down here (full size in e2e).
const SMALL = { nesting: 200, rows: 500, footnotes: 300, imageBytes: 200_000 };

describe("generated hostile documents", () => {
  for (const doc of hostileDocs(SMALL)) {
    it(`${doc.file}: ${doc.attackClass}`, () => {
      const outcome = renderDocument(doc.xml, { idPrefix: "ccda-t-" });
      if (doc.refused !== undefined) {
        expect(outcome.ok ? "rendered" : outcome.error.message).toMatch(doc.refused);
        return;
      }
      if (!outcome.ok) throw new Error(`${doc.file} did not render: ${outcome.error.message}`);
      const safe = sanitizeDocumentHtml(outcome.html);
      const fragment = fragmentOf(safe);
      expect(invariantViolations(safe, "document", fragment)).toEqual([]);
      // The beacon may be named as text or offered as a link; it is never a resource the page loads.
      expect(safe).not.toMatch(/src="[^"]*attacker\.example/);
      const ids = Array.from(fragment.querySelectorAll("[id]"), (e) => e.id);
      expect(ids.filter((id) => !id.startsWith("ccda-t-"))).toEqual([]);
      for (const shown of doc.mustShow ?? []) expect(fragment.textContent).toContain(shown);
    });
  }
});

if (!xssExists)
  console.warn(`\n!!! XSS CORPUS DOCUMENTS SKIPPED: ${XSS_DIR} is absent (../shared not laid out)\n`);

describe.skipIf(!xssExists)("the shared XSS corpus inside C-CDAs", () => {
  // One test per document (about 150 vectors in six positions each), so no single test runs long.
  const docs = xssExists ? xssDocs() : [];
  it("covers more than a thousand vectors", () => {
    expect(docs.reduce((sum, doc) => sum + doc.vectors.length, 0)).toBeGreaterThan(1000);
  });
  for (const doc of docs) {
    it(`${doc.file}: renders with all invariants held`, () => {
      const outcome = renderDocument(doc.xml, { idPrefix: "ccda-x-" });
      if (!outcome.ok) throw new Error(`${doc.file} did not render: ${outcome.error.message}`);
      const safe = sanitizeDocumentHtml(outcome.html);
      expect(invariantViolations(safe, "document"), doc.file).toEqual([]);
    });
  }
});
