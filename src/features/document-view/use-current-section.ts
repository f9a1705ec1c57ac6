import { useEffect, useState } from "react";

/**
 * The id of the section the reader is in: the last section whose top has scrolled past the upper part of the
 * viewport (IntersectionObserver, no scroll handlers). Undefined without IntersectionObserver (jsdom).
 */
export function useCurrentSection(ids: readonly string[], ready: boolean): string | undefined {
  const [current, setCurrent] = useState<string | undefined>(undefined);
  const key = ids.join(" ");
  useEffect(() => {
    if (!ready || typeof IntersectionObserver === "undefined") return undefined;
    const elements = key
      .split(" ")
      .map((id) => document.getElementById(id))
      .filter((el): el is HTMLElement => el !== null);
    const visible = new Set<Element>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (entry.isIntersecting) visible.add(entry.target);
          else visible.delete(entry.target);
        }
        // The first section (in page order) that shares the reading band is the current one.
        const first = elements.find((el) => visible.has(el));
        if (first !== undefined) setCurrent(first.id);
      },
      // The band from 10% to 40% down the viewport: the part a reader is looking at.
      { rootMargin: "-10% 0px -60% 0px" },
    );
    elements.forEach((el) => {
      observer.observe(el);
    });
    return () => {
      observer.disconnect();
    };
  }, [key, ready]);
  return current;
}
