import { useCallback, useState } from "react";
import { flushSync } from "react-dom";

export interface OpenSections {
  open: ReadonlySet<number>;
  setOpen: (index: number, open: boolean) => void;
  /** Opens one section and commits at once (before scrolling to it). */
  openNow: (index: number) => void;
  setAll: (indexes: readonly number[], open: boolean) => void;
  /** Opens everything now; returns a function that puts back the previous state (printing). */
  expandAllNow: (indexes: readonly number[]) => () => void;
}

/** Which top-level sections are expanded; starts from `initial` and starts over when `resetKey` changes. */
export function useOpenSections(initial: readonly number[], resetKey: string): OpenSections {
  const [state, setState] = useState<{ resetKey: string; open: ReadonlySet<number> }>(() => ({
    resetKey,
    open: new Set(initial),
  }));
  let current = state;
  if (state.resetKey !== resetKey) {
    current = { resetKey, open: new Set(initial) };
    setState(current);
  }
  const update = useCallback((change: (open: Set<number>) => void) => {
    setState((prior) => {
      const open = new Set(prior.open);
      change(open);
      return { resetKey: prior.resetKey, open };
    });
  }, []);
  const setOpen = useCallback(
    (index: number, value: boolean) => {
      update((open) => (value ? open.add(index) : open.delete(index)));
    },
    [update],
  );
  const openNow = useCallback(
    (index: number) => {
      flushSync(() => {
        setOpen(index, true);
      });
    },
    [setOpen],
  );
  const setAll = useCallback(
    (indexes: readonly number[], value: boolean) => {
      update((open) => {
        indexes.forEach((i) => (value ? open.add(i) : open.delete(i)));
      });
    },
    [update],
  );
  const expandAllNow = (indexes: readonly number[]) => {
    const before = current.open;
    flushSync(() => {
      setAll(indexes, true);
    });
    return () => {
      setState((prior) => ({ resetKey: prior.resetKey, open: before }));
    };
  };
  return { open: current.open, setOpen, openNow, setAll, expandAllNow };
}
