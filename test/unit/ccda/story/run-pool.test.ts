import { describe, expect, it } from "vitest";
import { runPool } from "../../../../src/features/patient-story/run-pool";

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 1));

describe("runPool", () => {
  it("never runs more than the limit at once, and runs every item once in list order", async () => {
    let running = 0;
    let max = 0;
    const started: number[] = [];
    await runPool(
      Array.from({ length: 20 }, (_, i) => i),
      4,
      async (i) => {
        started.push(i);
        running += 1;
        max = Math.max(max, running);
        await tick();
        running -= 1;
      },
      new AbortController().signal,
      () => undefined,
    );
    expect(max).toBe(4);
    expect(started).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it("stops taking items once aborted, and reports failures without stopping", async () => {
    const abort = new AbortController();
    const started: number[] = [];
    const done: number[] = [];
    const failed: number[] = [];
    await runPool(
      [1, 2, 3, 4, 5, 6],
      2,
      async (i) => {
        started.push(i);
        await tick();
        if (i === 1) throw new Error("boom");
        done.push(i);
        if (i === 3) abort.abort();
      },
      abort.signal,
      (i) => failed.push(i),
    );
    expect(failed).toEqual([1]);
    // 4 was already running when 3 aborted: it finishes; 5 and 6 never start.
    expect(started).toEqual([1, 2, 3, 4]);
    expect(done).toEqual([2, 3, 4]);
  });
});
