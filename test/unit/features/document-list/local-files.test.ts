/**
 * A listed file's parse leaves out the entries of sections with a narrative (parse/defer-entries.ts): its entry
 * carries their check, and one found broken becomes an entry naming the error, as a file broken at once does.
 */
import { describe, expect, it } from "vitest";
import { renderDocument } from "../../../../src/ccda/render-document";
import { brokenEntryOf, localEntryOf } from "../../../../src/features/document-list/local-files";

const doc = (entry: string) =>
  `<?xml version="1.0"?>\n<ClinicalDocument xmlns="urn:hl7-org:v3"><title>Summary</title><component><structuredBody><component><section><title>Allergies</title><text>Hives</text>\n${entry}</section></component></structuredBody></component></ClinicalDocument>`;
const bytes = (text: string) => new TextEncoder().encode(text);

describe("localEntryOf and brokenEntryOf", () => {
  it("lists a file whose only damage is in a deferred entry, with the check that finds it", () => {
    const entry = localEntryOf(
      "a.xml",
      "k1",
      bytes(doc('<entry><act classCode="ACT" classCode="X"/></entry>')),
      "",
    );
    if (!entry.ok) throw new Error(`not listed: ${entry.message}`);
    expect(entry.summary.title).toBe("Summary");
    expect(entry.check?.()).toBe("broken");
    expect(brokenEntryOf(entry)).toEqual({
      ok: false,
      key: "k1",
      name: "a.xml",
      message: expect.stringMatching(/^a\.xml could not be read: .*\(line 3, column \d+\)/) as unknown,
    });
  });

  it("keeps a sound file, its check saying so", () => {
    const entry = localEntryOf("b.xml", "k2", bytes(doc('<entry><act classCode="ACT"/></entry>')), "");
    expect(entry.ok && entry.check?.()).toBe("sound");
  });

  it("shares its check with the viewer, which takes its parse over (the entries are parsed once)", () => {
    const text = doc('<entry><act classCode="ACT"/></entry>');
    const entry = localEntryOf("d.xml", "k4", bytes(text), "");
    const outcome = renderDocument(text, { idPrefix: "t1", deferEntries: true });
    if (!entry.ok || !outcome.ok) throw new Error("not listed or not rendered");
    expect(entry.check).toBeDefined();
    expect(outcome.entriesCheck).toBe(entry.check);
  });

  it("has no check when nothing was left out", () => {
    const entry = localEntryOf("c.xml", "k3", bytes(doc("")), "");
    expect(entry.ok && entry.check).toBeUndefined();
  });
});
