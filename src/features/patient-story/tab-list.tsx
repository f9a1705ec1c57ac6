import { useRef, type KeyboardEvent } from "react";

export interface TabSpec<K extends string> {
  readonly key: K;
  readonly label: string;
}

interface TabListProps<K extends string> {
  readonly tabs: readonly TabSpec<K>[];
  readonly selected: K;
  readonly onSelect: (key: K) => void;
  readonly label: string;
  /** Prefix of the tab and panel ids: `${idBase}-tab-${key}` / `${idBase}-panel-${key}`. */
  readonly idBase: string;
}

/** WAI-ARIA tabs: one tab stop, arrows/Home/End move and select (automatic activation). */
export function TabList<K extends string>({ tabs, selected, onSelect, label, idBase }: TabListProps<K>) {
  const ref = useRef<HTMLDivElement>(null);
  const move = (event: KeyboardEvent, index: number) => {
    const last = tabs.length - 1;
    const target = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: last }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const wrapped = target > last ? 0 : target < 0 ? last : target;
    const tab = tabs[wrapped];
    if (tab === undefined) return;
    onSelect(tab.key);
    ref.current?.querySelector<HTMLElement>(`#${CSS.escape(`${idBase}-tab-${tab.key}`)}`)?.focus();
  };
  return (
    <div className="story-tabs" role="tablist" aria-label={label} ref={ref}>
      {tabs.map((tab, index) => (
        <button
          key={tab.key}
          type="button"
          role="tab"
          id={`${idBase}-tab-${tab.key}`}
          aria-selected={tab.key === selected}
          aria-controls={`${idBase}-panel-${tab.key}`}
          tabIndex={tab.key === selected ? 0 : -1}
          className="story-tabs__tab"
          onClick={() => {
            onSelect(tab.key);
          }}
          onKeyDown={(event) => {
            move(event, index);
          }}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
