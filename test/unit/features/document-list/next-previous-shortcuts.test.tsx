import { fireEvent, render } from "@testing-library/react";
import { useRef } from "react";
import { describe, expect, it, vi } from "vitest";
import { useNextPreviousShortcuts } from "../../../../src/features/document-list/list-keyboard";

const rows = [{ key: "a" }, { key: "b" }, { key: "c" }];

function List({ onSelect, hidden }: { onSelect: (row: { key: string }) => void; hidden: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  useNextPreviousShortcuts(rows, "b", onSelect, ref);
  return (
    <div role="tabpanel" hidden={hidden}>
      <div ref={ref}>list</div>
    </div>
  );
}

describe("useNextPreviousShortcuts", () => {
  it("opens the next and previous rows with j / k and Alt+arrows", () => {
    const onSelect = vi.fn();
    render(<List onSelect={onSelect} hidden={false} />);
    fireEvent.keyDown(document.body, { key: "j" });
    fireEvent.keyDown(document.body, { key: "k" });
    fireEvent.keyDown(document.body, { key: "ArrowDown", altKey: true });
    expect(onSelect.mock.calls.map(([row]) => (row as { key: string }).key)).toEqual(["c", "a", "c"]);
  });

  it("does nothing while the list's tab panel is hidden (the patient story is showing)", () => {
    const onSelect = vi.fn();
    render(<List onSelect={onSelect} hidden />);
    fireEvent.keyDown(document.body, { key: "j" });
    fireEvent.keyDown(document.body, { key: "ArrowUp", altKey: true });
    expect(onSelect).not.toHaveBeenCalled();
  });
});
