import { describe, expect, it } from "vitest";
import { loadContentView } from "../../../src/features/documents/load-content-view";

describe("loadContentView", () => {
  it("loads the viewers chunk once and marks the promise settled so use() never suspends again", async () => {
    const first = loadContentView();
    expect(loadContentView()).toBe(first);
    const module = await first;
    expect(typeof module.ContentView).toBe("function");
    expect(first).toMatchObject({ status: "fulfilled", value: module });
  });
});
