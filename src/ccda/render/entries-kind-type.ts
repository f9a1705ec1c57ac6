/** A section kind's generated table: its columns and how statements become rows (one string per column). */
import type { CodeContext } from "../format/code";

export interface EntriesKind {
  columns: readonly string[];
  rows: (statements: Element[], ctx: CodeContext, where: string) => string[][];
}
