import { useCallback, useState } from "react";
import { browserStorage, EMPTY_PREFS, loadPrefs, savePrefs, type SectionPrefs } from "./section-preferences";

/** The preferences of one document type, read from and written to localStorage. */
export function useSectionPrefs(typeKey: string): [SectionPrefs, (prefs: SectionPrefs) => void] {
  const [state, setState] = useState(() => ({ typeKey, prefs: loadPrefs(browserStorage(), typeKey) }));
  let current = state;
  if (state.typeKey !== typeKey) {
    current = { typeKey, prefs: loadPrefs(browserStorage(), typeKey) };
    setState(current);
  }
  const save = useCallback(
    (prefs: SectionPrefs) => {
      savePrefs(browserStorage(), typeKey, prefs);
      setState({ typeKey, prefs });
    },
    [typeKey],
  );
  return [current.prefs, save];
}

export { EMPTY_PREFS };
