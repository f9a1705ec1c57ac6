/**
 * Golden pairs: test/fixtures/ccda/golden/<name>.xml → <name>.html, in one data-driven loop (a new case is a new
 * pair of files, no code). The expected file holds the document's warnings (as comments) and the sanitized body
 * (`div.ccda-body`; the header has its own tests), with a line break before block tags so diffs are readable.
 *
 * To regenerate after an intended change:  UPDATE_GOLDEN=1 npx vitest run test/unit/ccda/golden.test.ts
 * then REVIEW every changed .html file before committing it.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderDocument } from "../../../src/ccda/render-document";
import { sanitizeDocumentHtml } from "../../../src/sanitize/sanitize-html";

const DIR = path.resolve(import.meta.dirname, "../../fixtures/ccda/golden");
const UPDATE = process.env.UPDATE_GOLDEN === "1";
const OPEN_BLOCK =
  /<(div|section|h[1-6]|p|ul|ol|li|table|caption|colgroup|col|thead|tbody|tfoot|tr|th|td|pre|figure|figcaption)\b/g;
const CLOSE_CONTAINER = /<\/(div|section|ul|ol|table|colgroup|thead|tbody|tfoot|tr|figure)>/g;

/** A line break before block starts and container ends: readable diffs, deterministic output. */
function pretty(html: string): string {
  return html.replace(OPEN_BLOCK, "\n<$1").replace(CLOSE_CONTAINER, "\n</$1>").replace(/^\n/, "");
}

function actual(xml: string): string {
  const outcome = renderDocument(xml, { idPrefix: "g" });
  if (!outcome.ok) return `<!-- parse error: ${outcome.error.kind}: ${outcome.error.message} -->\n`;
  const template = document.createElement("template");
  template.innerHTML = sanitizeDocumentHtml(outcome.html);
  const body = template.content.querySelector(".ccda-body")?.outerHTML ?? "(no body)";
  const warnings = outcome.warnings.map(
    (w) => `<!-- ${w.kind}: ${w.message}${w.where ? ` [${w.where}]` : ""} -->`,
  );
  const attachments = outcome.attachments.map(
    (a) =>
      `<!-- attachment ${a.index}: ${a.mediaType} "${a.title}" ${a.base64 ? `base64 ${a.base64.length} chars` : (a.reference ?? "text")} -->`,
  );
  return [`<!-- title: ${outcome.title} -->`, ...warnings, ...attachments, pretty(body), ""].join("\n");
}

const cases = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith(".xml"))
  .sort()
  .map((f) => f.slice(0, -4));

describe("golden C-CDA → HTML pairs", () => {
  it("has cases", () => {
    expect(cases.length).toBeGreaterThan(10);
  });

  it.each(cases)("%s", (name) => {
    const got = actual(fs.readFileSync(path.join(DIR, `${name}.xml`), "utf8"));
    const expectedFile = path.join(DIR, `${name}.html`);
    if (UPDATE || !fs.existsSync(expectedFile)) {
      if (!UPDATE) throw new Error(`missing ${expectedFile}; run with UPDATE_GOLDEN=1 and review it`);
      fs.writeFileSync(expectedFile, got);
    }
    expect(got).toBe(fs.readFileSync(expectedFile, "utf8"));
  });
});
