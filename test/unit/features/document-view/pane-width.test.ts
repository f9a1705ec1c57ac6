import { describe, expect, it } from "vitest";
import { paneWidthOf } from "../../../../src/features/document-view/use-pane-width";

describe("paneWidthOf", () => {
  it("splits at 30, 36 and 58rem, as the container queries it replaces did (max-width inclusive)", () => {
    const at16 = (px: number) => paneWidthOf(px, 16);
    expect([320, 480, 481, 576, 577, 927, 928, 1400].map(at16)).toEqual([
      "tiny",
      "tiny",
      "narrow",
      "narrow",
      "medium",
      "medium",
      "wide",
      "wide",
    ]);
  });

  it("counts in the root font size, so a reader's larger text narrows the layout sooner", () => {
    expect(paneWidthOf(928, 20)).toBe("medium");
    expect(paneWidthOf(600, 20)).toBe("tiny");
  });
});
