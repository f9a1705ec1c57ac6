import type { Warnings } from "../warnings";

/** What every renderer needs: the document's ID index, the id namespace and the warning sink. */
export interface RenderContext {
  /** Prefix for all output ids (from RenderOptions.idPrefix). */
  readonly idPrefix: string;
  readonly warnings: Warnings;
  /** Elements by their CDA `ID` attribute (for `#ref` resolution, footnotes, renderMultiMedia). */
  readonly ids: ReadonlyMap<string, Element>;
  /** The document's effectiveTime (raw TS), for ages "at the document date". */
  readonly documentTime: string | undefined;
}

/** Turns a CDA ID (or a generated key) into the namespaced output id. Only [A-Za-z0-9_-] survive. */
export function outputId(ctx: Pick<RenderContext, "idPrefix">, cdaId: string): string {
  return `${ctx.idPrefix}-${cdaId.replace(/[^A-Za-z0-9_-]/g, "_")}`;
}
