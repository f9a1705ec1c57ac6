import { useMemo } from "react";
import type { SafeParts } from "./use-safe-parts";

const DELETION_RE = /class="[^"]*\bccda-del\b/;
const REVISED_DELETE_RE = /\brevised\s*=\s*["']delete["']/;

/**
 * Whether the document has deleted text (the toggle only appears then): asked of the source once, not of
 * every rendered chunk, so a long document is not rescanned as it renders.
 */
export function useHasDeletions(safe: SafeParts, source: string): boolean {
  return useMemo(
    () =>
      REVISED_DELETE_RE.test(source) ||
      [safe.header, safe.body, safe.footer].some((h) => DELETION_RE.test(h)),
    [safe, source],
  );
}

export function DeletionsToggle({
  checked,
  onChange,
}: {
  checked: boolean;
  onChange: (value: boolean) => void;
}) {
  return (
    <label className="ccda-toolbar__toggle">
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => {
          onChange(event.target.checked);
        }}
      />{" "}
      Show deletions
    </label>
  );
}
