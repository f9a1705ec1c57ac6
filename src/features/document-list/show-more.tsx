import { useEffect, useRef } from "react";

interface ShowMoreProps {
  hidden: number;
  onMore: () => void;
}

/**
 * Renders the next rows when the end of the list scrolls into view (and as a button, for keyboards and for
 * browsers without IntersectionObserver). Long lists thus cost only what is on screen, also while pages arrive.
 */
export function ShowMore({ hidden, onMore }: ShowMoreProps) {
  const button = useRef<HTMLButtonElement>(null);
  const latest = useRef(onMore);
  useEffect(() => {
    latest.current = onMore;
  });
  useEffect(() => {
    const target = button.current;
    if (target === null || typeof IntersectionObserver === "undefined") return undefined;
    // Start rendering a screenful before the end is reached, so scrolling does not hit the bottom.
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) latest.current();
      },
      { rootMargin: "0px 0px 600px 0px" },
    );
    observer.observe(target);
    return () => {
      observer.disconnect();
    };
  }, []);
  return (
    <button ref={button} type="button" className="button button--small document-list__more" onClick={onMore}>
      Show {hidden} more
    </button>
  );
}
