import { useEffect, useRef, type KeyboardEvent, type RefObject } from "react";

const ROW_SELECTOR = "button.document-row__button";

/**
 * Arrow keys move focus between rows (one tab stop for the whole list: roving tabindex), Home/End jump to
 * the ends. Enter and Space are the buttons' own: they open the focused row.
 */
export function moveRowFocus(event: KeyboardEvent<HTMLElement>): void {
  if (event.altKey || event.ctrlKey || event.metaKey) return;
  const rows = [...event.currentTarget.querySelectorAll<HTMLButtonElement>(ROW_SELECTOR)];
  const at = rows.findIndex((row) => row === document.activeElement);
  if (at < 0 || rows.length === 0) return;
  let next: number;
  switch (event.key) {
    case "ArrowDown":
      next = Math.min(at + 1, rows.length - 1);
      break;
    case "ArrowUp":
      next = Math.max(at - 1, 0);
      break;
    case "Home":
      next = 0;
      break;
    case "End":
      next = rows.length - 1;
      break;
    default:
      return;
  }
  event.preventDefault();
  rows[next]?.focus();
}

const NOT_TEXT = new Set([
  "file",
  "checkbox",
  "radio",
  "button",
  "submit",
  "reset",
  "range",
  "color",
  "image",
]);

/** Letters typed into a text field or a select are input, not shortcuts. */
function isTyping(target: EventTarget | null): boolean {
  if (target instanceof HTMLInputElement) return !NOT_TEXT.has(target.type);
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(TEXTAREA|SELECT)$/.test(target.tagName);
}

/** +1 for the next document, -1 for the previous one, undefined when the key is not a shortcut. */
export function shortcutStep(event: globalThis.KeyboardEvent): 1 | -1 | undefined {
  if (event.ctrlKey || event.metaKey || event.defaultPrevented) return undefined;
  if (event.altKey) {
    if (event.key === "ArrowDown") return 1;
    if (event.key === "ArrowUp") return -1;
    return undefined;
  }
  if (isTyping(event.target) || event.shiftKey) return undefined;
  if (event.key === "j") return 1;
  if (event.key === "k") return -1;
  return undefined;
}

/**
 * j / k and Alt+↓ / Alt+↑ anywhere on the page (not while typing) open the next or previous document of the
 * list as shown (filters, sort and groups applied). Not while the list sits in a hidden tab panel (the patient
 * story is showing): the keys would change a document nobody sees.
 */
export function useNextPreviousShortcuts<T extends { readonly key: string }>(
  ordered: readonly T[],
  selectedKey: string | undefined,
  onSelect: (item: T) => void,
  listRef?: RefObject<HTMLElement | null>,
): void {
  const latest = useRef({ ordered, selectedKey, onSelect });
  useEffect(() => {
    latest.current = { ordered, selectedKey, onSelect };
  });
  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      const step = shortcutStep(event);
      if (step === undefined) return;
      if (listRef?.current?.closest('[role="tabpanel"][hidden]')) return;
      const { ordered: rows, selectedKey: key, onSelect: select } = latest.current;
      const at = rows.findIndex((summary) => summary.key === key);
      const target = at < 0 ? rows[0] : rows[at + step];
      if (target === undefined) return;
      event.preventDefault();
      select(target);
    };
    document.addEventListener("keydown", onKeyDown);
    return () => {
      document.removeEventListener("keydown", onKeyDown);
    };
  }, [listRef]);
}
