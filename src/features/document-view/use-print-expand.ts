import { useEffect, useEffectEvent } from "react";

/**
 * Paper cannot expand a section: before printing, render everything and open every section and every closed
 * <details> in the document; afterwards put back what the reader had.
 */
export function usePrintExpand(container: () => HTMLElement | null, expandAll: () => () => void): void {
  const expand = useEffectEvent(() => ({ restoreSections: expandAll(), root: container() }));
  useEffect(() => {
    let restore: (() => void) | undefined;
    const before = () => {
      const { restoreSections, root } = expand();
      const closed = Array.from(root?.querySelectorAll("details:not([open])") ?? []);
      closed.forEach((d) => {
        (d as HTMLDetailsElement).open = true;
      });
      restore = () => {
        closed.forEach((d) => {
          (d as HTMLDetailsElement).open = false;
        });
        restoreSections();
      };
    };
    const after = () => {
      restore?.();
      restore = undefined;
    };
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", after);
    return () => {
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", after);
    };
  }, []);
}
