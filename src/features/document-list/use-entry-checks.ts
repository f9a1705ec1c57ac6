import { useEffect, type Dispatch, type SetStateAction } from "react";
import { stepWhenIdle } from "../../lib/next-task";
import { brokenEntryOf, type LocalEntry } from "./local-files";

type OpenedEntry = Extract<LocalEntry, { ok: true }>;

/**
 * Checks, once the page is idle, the entries each listed file's parse left out (LocalEntry.check), a batch per
 * idle callback, file after file. A file found broken becomes an entry that says why, as one broken at once does
 * (the file shown checks its own as well: the viewer then shows the parse error until the list catches up).
 */
export function useLocalEntryChecks(
  entries: readonly LocalEntry[],
  setEntries: Dispatch<SetStateAction<readonly LocalEntry[]>>,
): void {
  useEffect(() => {
    const pending = entries.filter((entry): entry is OpenedEntry => entry.ok && entry.check !== undefined);
    if (pending.length === 0) return undefined;
    let index = 0;
    return stepWhenIdle(() => {
      const entry = pending[index];
      const result = entry?.check?.() ?? "sound";
      if (entry !== undefined && result === "broken") {
        // The list changes, and this effect starts over on the rest (their answers are kept: no work twice).
        setEntries((current) => current.map((e) => (e.key === entry.key && e.ok ? brokenEntryOf(e) : e)));
        return true;
      }
      if (result === "sound") index += 1;
      return index >= pending.length;
    });
  }, [entries, setEntries]);
}
