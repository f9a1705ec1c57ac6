/** Which story kind a section holds, by its LOINC code, else by its C-CDA section templateId. */
import { attr, child, children } from "../parse/xml";
import type { StoryKind } from "./types";

const BY_LOINC: Readonly<Record<string, StoryKind>> = {
  "11450-4": "problem",
  "11348-0": "problem",
  "10160-0": "medication",
  "10183-2": "medication",
  "29549-3": "medication",
  "48765-2": "allergy",
  "11369-6": "immunization",
  "30954-2": "result",
  "8716-3": "vital",
  "47519-4": "procedure",
  "46240-8": "encounter",
};

/** C-CDA section templates (entries-optional and entries-required share the prefix). */
const BY_TEMPLATE: Readonly<Record<string, StoryKind>> = {
  "2.16.840.1.113883.10.20.22.2.5": "problem",
  "2.16.840.1.113883.10.20.22.2.20": "problem",
  "2.16.840.1.113883.10.20.22.2.1": "medication",
  "2.16.840.1.113883.10.20.22.2.11": "medication",
  "2.16.840.1.113883.10.20.22.2.38": "medication",
  "2.16.840.1.113883.10.20.22.2.6": "allergy",
  "2.16.840.1.113883.10.20.22.2.2": "immunization",
  "2.16.840.1.113883.10.20.22.2.3": "result",
  "2.16.840.1.113883.10.20.22.2.4": "vital",
  "2.16.840.1.113883.10.20.22.2.7": "procedure",
  "2.16.840.1.113883.10.20.22.2.22": "encounter",
};

function byTemplate(root: string): StoryKind | undefined {
  return BY_TEMPLATE[root] ?? BY_TEMPLATE[root.replace(/\.1$/, "")];
}

export function sectionLoinc(section: Element): string | undefined {
  return attr(child(section, "code"), "code");
}

export function sectionKind(section: Element): StoryKind | undefined {
  const code = sectionLoinc(section);
  const fromCode = code === undefined ? undefined : BY_LOINC[code];
  if (fromCode !== undefined) return fromCode;
  for (const t of children(section, "templateId")) {
    const kind = byTemplate(attr(t, "root") ?? "");
    if (kind !== undefined) return kind;
  }
  return undefined;
}
