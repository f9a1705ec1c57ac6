import { useMemo } from "react";
import type { SafeNodes } from "../../sanitize/safe-nodes";
import type { SafeParts } from "./use-safe-parts";

const REVISED_DELETE_RE = /\brevised\s*=\s*["']delete["']/;

function hasDeletion(nodes: SafeNodes): boolean {
  return nodes.some(
    (node) =>
      node instanceof Element && (node.matches(".ccda-del") || node.querySelector(".ccda-del") !== null),
  );
}

/**
 * Whether the document has deleted text (the toggle only appears then): asked of the source once, not of
 * every rendered chunk, so a long document is not rescanned as it renders.
 */
export function useHasDeletions(safe: SafeParts, source: string): boolean {
  // includes() first, and once per source: the pattern over a 20 MB source cost 30–40 ms at every parts change.
  const inSource = useMemo(() => source.includes("revised") && REVISED_DELETE_RE.test(source), [source]);
  return useMemo(() => inSource || [safe.header, safe.body].some(hasDeletion), [safe, inSource]);
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
