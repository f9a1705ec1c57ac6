/** Types of the cross-document "patient story": coded items read from many C-CDA documents, merged. */

export type StoryKind =
  "problem" | "medication" | "allergy" | "immunization" | "result" | "vital" | "procedure" | "encounter";

export const STORY_KINDS: readonly StoryKind[] = [
  "problem",
  "medication",
  "allergy",
  "immunization",
  "result",
  "vital",
  "procedure",
  "encounter",
];

/** A code as sent: the code, its system OID and (when given) the system's name. */
export interface StoryCode {
  readonly code: string;
  readonly system: string | undefined;
  readonly systemName: string | undefined;
}

/** Raw HL7 TS values of an item (as written, nullFlavors dropped). */
export interface StoryTimes {
  readonly low?: string;
  readonly high?: string;
  /** A point in time (effectiveTime/@value or center). */
  readonly value?: string;
}

/** Which document, and which section of it, says this. */
export interface Provenance {
  readonly documentKey: string;
  readonly documentTitle: string;
  /** The document's effectiveTime (raw TS), used to order what documents say. */
  readonly documentTime: string | undefined;
  /** The section's CDA ID, else its position ("s1", "s2-1"), the same key the renderer uses for its anchor. */
  readonly sectionKey: string;
  readonly sectionTitle: string;
}

export interface StoryItem {
  readonly kind: StoryKind;
  /** Display words (displayName, originalText or the narrative the entry points to). */
  readonly name: string;
  readonly code: StoryCode | undefined;
  /** "Active", "Resolved", "Completed", "Not given" … ("" when the document does not say). */
  readonly status: string;
  readonly times: StoryTimes;
  /** Formatted dates ("15 Mar 2020 – 2 Apr 2021"). */
  readonly dates: string;
  /** Kind-specific details: dose and route, value and interpretation, reaction and severity … */
  readonly detail: string;
  readonly provenance: Provenance;
}

/** A section as text, for search and compare. */
export interface SectionSnapshot {
  readonly key: string;
  readonly title: string;
  /** LOINC code of the section, when coded. */
  readonly code: string | undefined;
  /** Nesting depth (1 = top level). */
  readonly level: number;
  /** The narrative as plain text (whitespace normalised). */
  readonly text: string;
  /** Table rows (cells as text) from the narrative, else one row per paragraph/list item, else from entries. */
  readonly rows: readonly (readonly string[])[];
}

export interface DocumentStory {
  readonly key: string;
  readonly title: string;
  readonly time: string | undefined;
  /** LOINC document type code and its words. */
  readonly typeCode: string | undefined;
  readonly typeName: string | undefined;
  readonly items: readonly StoryItem[];
  readonly sections: readonly SectionSnapshot[];
}
