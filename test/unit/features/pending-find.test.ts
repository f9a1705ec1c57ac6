import { describe, expect, it, vi } from "vitest";
import {
  hasPendingFind,
  onFindRequest,
  requestFind,
  takePendingFind,
} from "../../../src/features/document-view/pending-find";

describe("pending find (open a document at a match)", () => {
  it("hands the text to that document's find bar only, once", () => {
    requestFind("doc-2", "metformin", 1_000);
    expect(hasPendingFind("doc-1", 2_000)).toBe(false);
    expect(hasPendingFind("doc-2", 2_000)).toBe(true);
    expect(takePendingFind("doc-1", 2_000)).toBeUndefined();
    expect(takePendingFind("doc-2", 2_000)).toBe("metformin");
    expect(takePendingFind("doc-2", 2_000)).toBeUndefined();
  });

  it("tells a find bar that is already showing the document", () => {
    const listener = vi.fn();
    const off = onFindRequest(listener);
    requestFind("doc-1", "insulin", 1_000);
    off();
    requestFind("doc-1", "insulin", 1_000);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("forgets a request nobody took in time, and ignores blank text", () => {
    requestFind("doc-1", "metformin", 1_000);
    expect(takePendingFind("doc-1", 1_000 + 31_000)).toBeUndefined();
    requestFind("doc-1", "   ", 1_000);
    expect(takePendingFind("doc-1", 1_000)).toBeUndefined();
  });
});
