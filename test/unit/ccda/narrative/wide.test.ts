import { describe, expect, it } from "vitest";
import { renderDocument } from "../../../../src/ccda/render-document";
import { cdaDocument, section, structuredBody } from "../render-helpers";

describe("very wide narrative", () => {
  it("keeps every child of an unknown element with more children than a call may take arguments", () => {
    // 150,000 rendered nodes: beyond V8's limit for `push(...items)` (Safari's is 65,536).
    const count = 75_000;
    const textXml = `<wrapper>${"<br/>x".repeat(count)}</wrapper>`;
    const outcome = renderDocument(cdaDocument(structuredBody(section("Wide", textXml))), { idPrefix: "w" });
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(outcome.html).not.toContain("could not be displayed");
    expect(outcome.html.match(/<br>x/g)).toHaveLength(count);
  });
});
