/**
 * How views ask to open a document: its key and, when known, the section to show, or a text to find in it
 * (the document then opens with its find bar on the first match).
 */
export type OpenSource = (documentKey: string, sectionKey?: string, find?: string) => void;
