import { describe, expect, it } from "vitest";
import { requestFindInNextDocument, takePendingFind } from "../../../src/features/document-view/pending-find";

describe("pending find (open a document at a match)", () => {
  it("hands the text to the first find bar that asks, once", () => {
    requestFindInNextDocument("metformin", 1_000);
    expect(takePendingFind(2_000)).toBe("metformin");
    expect(takePendingFind(2_000)).toBeUndefined();
  });

  it("forgets a request nobody took in time, and ignores blank text", () => {
    requestFindInNextDocument("metformin", 1_000);
    expect(takePendingFind(1_000 + 31_000)).toBeUndefined();
    requestFindInNextDocument("   ", 1_000);
    expect(takePendingFind(1_000)).toBeUndefined();
  });
});
