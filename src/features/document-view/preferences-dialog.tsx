import { useId, useState } from "react";
import { ModalDialog } from "./modal-dialog";
import { arrange, EMPTY_PREFS, type SectionPrefs } from "./section-preferences";

export interface PrefsSection {
  key: string;
  title: string;
}

interface PreferencesDialogProps {
  /** What the preferences apply to, in words ("Continuity of Care Document"). */
  typeLabel: string;
  /** This document's sections, in document order. */
  sections: readonly PrefsSection[];
  prefs: SectionPrefs;
  onSave: (prefs: SectionPrefs) => void;
  onClose: () => void;
}

interface Draft {
  order: string[];
  hidden: Set<string>;
  initialOpen: string;
}

function draftFrom(sections: readonly PrefsSection[], prefs: SectionPrefs): Draft {
  const keys = sections.map((s) => s.key);
  const { shown, hidden } = arrange(keys, prefs);
  const order = [...shown, ...hidden].map((i) => keys[i] ?? "");
  return {
    order,
    hidden: new Set(prefs.hidden.filter((k) => keys.includes(k))),
    initialOpen: prefs.initialOpen === undefined ? "" : String(prefs.initialOpen),
  };
}

function toPrefs(
  draft: Draft,
  prior: SectionPrefs,
  sections: readonly PrefsSection[],
  documentOrder: readonly string[],
): SectionPrefs {
  const reordered = draft.order.some((key, i) => key !== documentOrder[i]);
  const n = draft.initialOpen.trim() === "" ? undefined : Math.max(0, Math.floor(Number(draft.initialOpen)));
  return {
    order: reordered ? draft.order : [],
    // Hidden sections this document does not have stay hidden for the documents that do.
    hidden: [...prior.hidden.filter((key) => !documentOrder.includes(key)), ...draft.hidden],
    initialOpen: n === undefined || Number.isNaN(n) ? undefined : n,
    titles: Object.fromEntries(sections.map((s) => [s.key, s.title])),
  };
}

/** Section order, hidden sections and how many start expanded, for every document of this type. */
export function PreferencesDialog({ typeLabel, sections, prefs, onSave, onClose }: PreferencesDialogProps) {
  const [draft, setDraft] = useState(() => draftFrom(sections, prefs));
  const countId = useId();
  const titles = new Map(sections.map((s) => [s.key, s.title]));
  const documentOrder = sections.map((s) => s.key);
  const move = (index: number, delta: number) => {
    const order = [...draft.order];
    const [item] = order.splice(index, 1);
    if (item === undefined) return;
    order.splice(index + delta, 0, item);
    setDraft({ ...draft, order });
  };
  const toggle = (key: string, shown: boolean) => {
    const hidden = new Set(draft.hidden);
    if (shown) hidden.delete(key);
    else hidden.add(key);
    setDraft({ ...draft, hidden });
  };
  return (
    <ModalDialog title="Section preferences" onClose={onClose} className="prefs-dialog">
      <p className="prefs-dialog__scope">
        For every <strong>{typeLabel}</strong>. Only section names and these settings are saved, in this
        browser.
      </p>
      <ol className="prefs-dialog__list">
        {draft.order.map((key, index) => {
          const title = titles.get(key) ?? key;
          return (
            <li key={key} className="prefs-dialog__item">
              <label className="prefs-dialog__show">
                <input
                  type="checkbox"
                  checked={!draft.hidden.has(key)}
                  onChange={(event) => {
                    toggle(key, event.target.checked);
                  }}
                />{" "}
                {title}
              </label>
              <span className="prefs-dialog__moves">
                <button
                  type="button"
                  className="button"
                  disabled={index === 0}
                  onClick={() => {
                    move(index, -1);
                  }}
                >
                  Up<span className="visually-hidden">: move {title} up</span>
                </button>
                <button
                  type="button"
                  className="button"
                  disabled={index === draft.order.length - 1}
                  onClick={() => {
                    move(index, 1);
                  }}
                >
                  Down<span className="visually-hidden">: move {title} down</span>
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <p className="prefs-dialog__count">
        <label htmlFor={countId}>Sections expanded at first (empty: all)</label>{" "}
        <input
          id={countId}
          type="number"
          min={0}
          inputMode="numeric"
          value={draft.initialOpen}
          onChange={(event) => {
            setDraft({ ...draft, initialOpen: event.target.value });
          }}
        />
      </p>
      <div className="prefs-dialog__actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            setDraft(draftFrom(sections, EMPTY_PREFS));
          }}
        >
          Document order, all shown
        </button>
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            onSave(toPrefs(draft, prefs, sections, documentOrder));
            onClose();
          }}
        >
          Save
        </button>
      </div>
    </ModalDialog>
  );
}
