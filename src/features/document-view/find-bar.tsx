import { useContext, useEffect, useId, useRef, useState } from "react";
import {
  clearHighlights,
  findMatches,
  MAX_MATCHES,
  paintHighlights,
  revealMatch,
  sectionIndexOf,
} from "./document-search";
import { DocumentKeyContext, hasPendingFind, onFindRequest, takePendingFind } from "./pending-find";

interface FindBarProps {
  /** The elements to search (header, sections, footer). */
  roots: () => Element[];
  /** Makes sure everything is rendered before searching (progressive rendering may not be done). */
  prepare: () => void;
  /** Opens a collapsed section so the current match can be seen. */
  openSection: (index: number) => void;
}

function countLabel(query: string, total: number, current: number): string {
  if (query.trim() === "") return "";
  if (total === 0) return "No matches";
  const of = total >= MAX_MATCHES ? `${MAX_MATCHES}+` : String(total);
  return `${current + 1} of ${of}`;
}

/** Search inside the document: every section (collapsed ones too), match count, previous/next, highlights. */
export function FindBar({ roots, prepare, openSection }: FindBarProps) {
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState("");
  const [matches, setMatches] = useState<Range[]>([]);
  const [current, setCurrent] = useState(0);

  const show = (list: readonly Range[], index: number) => {
    const range = list[index];
    if (range === undefined) return;
    const section = sectionIndexOf(range);
    if (section !== undefined) openSection(section);
    revealMatch(range);
  };
  const search = (value: string) => {
    setQuery(value);
    if (value.trim() !== "") prepare();
    const found = findMatches(roots(), value);
    setMatches(found);
    setCurrent(0);
    show(found, 0);
  };
  const step = (delta: number) => {
    if (matches.length === 0) return;
    const next = (current + delta + matches.length) % matches.length;
    setCurrent(next);
    show(matches, next);
  };
  // Opened "at a match" from another view: search at once and put the keyboard in the find field.
  const documentKey = useContext(DocumentKeyContext);
  const searchRef = useRef(search);
  useEffect(() => {
    searchRef.current = search;
  });
  useEffect(() => {
    if (documentKey === undefined) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const take = () => {
      if (!hasPendingFind(documentKey)) return;
      clearTimeout(timer);
      // After the current commit: the view may just be becoming visible, and progressive rendering's
      // prepare() must not run inside React's effect phase. Taken only then: a view that mounts and at once
      // remounts (the document finishing its first render) must not lose the request.
      timer = setTimeout(() => {
        const query = takePendingFind(documentKey);
        if (query === undefined) return;
        searchRef.current(query);
        inputRef.current?.focus({ preventScroll: true });
      }, 0);
    };
    take();
    const off = onFindRequest(take);
    return () => {
      off();
      clearTimeout(timer);
    };
  }, [documentKey]);
  useEffect(() => {
    paintHighlights(matches, current);
  }, [matches, current]);
  useEffect(() => clearHighlights, []);

  return (
    <div className="find-bar" role="search" data-search-skip="">
      <label htmlFor={inputId} className="find-bar__label">
        Search in document
      </label>
      <input
        ref={inputRef}
        id={inputId}
        className="find-bar__input"
        type="search"
        value={query}
        autoComplete="off"
        onChange={(event) => {
          search(event.target.value);
        }}
        onKeyDown={(event) => {
          if (event.key === "Enter") {
            event.preventDefault();
            step(event.shiftKey ? -1 : 1);
          } else if (event.key === "Escape" && query !== "") {
            event.preventDefault();
            search("");
          }
        }}
      />
      <span className="find-bar__count" aria-live="polite" aria-atomic="true">
        {countLabel(query, matches.length, current)}
      </span>
      <button
        type="button"
        className="button find-bar__step"
        disabled={matches.length === 0}
        onClick={() => {
          step(-1);
        }}
      >
        Previous<span className="visually-hidden"> match</span>
      </button>
      <button
        type="button"
        className="button find-bar__step"
        disabled={matches.length === 0}
        onClick={() => {
          step(1);
        }}
      >
        Next<span className="visually-hidden"> match</span>
      </button>
    </div>
  );
}
