import { afterEach, describe, expect, it, vi } from "vitest";
import { measureWhenIdle } from "../../../../src/features/document-view/document-portals";

/** A table whose layout sizes are given (jsdom lays nothing out). */
function table(scrollWidth: number, clientWidth: number, rows = 3): HTMLTableElement {
  const el = document.createElement("table");
  for (let i = 0; i < rows; i += 1) el.insertRow().insertCell().textContent = `row ${String(i)}`;
  Object.defineProperty(el, "scrollWidth", { value: scrollWidth });
  Object.defineProperty(el, "clientWidth", { value: clientWidth });
  document.body.append(el);
  return el;
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

describe("measureWhenIdle", () => {
  it("gives overflowing tables a tab stop and ends, even when every idle callback comes by its timeout", () => {
    // A page that is never idle: each callback is the timeout's, with no time remaining.
    const pending: IdleRequestCallback[] = [];
    vi.stubGlobal("requestIdleCallback", (callback: IdleRequestCallback) => pending.push(callback));
    vi.stubGlobal("cancelIdleCallback", () => {});
    const wide = table(900, 300);
    const narrow = table(300, 300);
    const done = vi.fn();
    measureWhenIdle([wide, narrow], done);
    for (let i = 0; i < 10 && pending.length > 0; i += 1)
      pending.shift()?.({ didTimeout: true, timeRemaining: () => 0 });
    expect(done).toHaveBeenCalledOnce();
    expect(wide.getAttribute("tabindex")).toBe("0");
    expect(narrow.hasAttribute("tabindex")).toBe(false);
  });

  it("leaves giant tables to the resize observer, and can be cancelled", () => {
    const pending: IdleRequestCallback[] = [];
    vi.stubGlobal("requestIdleCallback", (callback: IdleRequestCallback) => pending.push(callback));
    const cancel = vi.fn();
    vi.stubGlobal("cancelIdleCallback", cancel);
    const giant = table(900, 300, 1_001);
    const done = vi.fn();
    measureWhenIdle([giant], done);
    pending.shift()?.({ didTimeout: false, timeRemaining: () => 50 });
    expect(giant.hasAttribute("tabindex")).toBe(false);
    expect(done).toHaveBeenCalledOnce();
    const stop = measureWhenIdle([table(900, 300)], vi.fn());
    stop();
    expect(cancel).toHaveBeenCalled();
  });
});
