/**
 * deferEntries takes out only the entries the rendering does not read, entriesWellFormed checks them as they were
 * in place, and renderDocument renders what is left exactly as the whole document (falling back to the whole
 * parse whenever a section would read what was taken out). That real documents render the same is held over the
 * whole shared corpus (test/integration/corpus/corpus-suite.ts).
 */
import { describe, expect, it } from "vitest";
import { deferEntries, DEFERRED_MARK, entriesWellFormed } from "../../../../src/ccda/parse/defer-entries";
import { parseCdaText } from "../../../../src/ccda/parse/document";
import { renderDocument } from "../../../../src/ccda/render-document";
import { entriesNeeded } from "../../../../src/ccda/render/entries-deferral";
import { cdaDocument, structuredBody, V3 } from "../render-helpers";

const MARK = `<?${DEFERRED_MARK}?>`;
const entry = (code: string, extra = "") =>
  `<entry><observation classCode="OBS" moodCode="EVN"${extra}><code code="${code}"/><text><reference value="#x"/></text></observation></entry>`;
const sectionXml = (text: string, entries: string, more = "") =>
  `<section><title>S</title>${text}${entries}${more}</section>`;
const docWith = (...sections: string[]) => cdaDocument(structuredBody(...sections));

function deferred(text: string) {
  const result = deferEntries(text);
  if (result === undefined) throw new Error("nothing was deferred");
  return result;
}

describe("deferEntries", () => {
  it("takes out the entries after a narrative with content, leaving a mark each, in document order", () => {
    const text = docWith(sectionXml("<text><paragraph>Seen</paragraph></text>", entry("a") + entry("b")));
    const { text: lighter, deferred: d } = deferred(text);
    expect(d.chunks).toEqual([entry("a"), entry("b")]);
    expect(lighter).toBe(docWith(sectionXml("<text><paragraph>Seen</paragraph></text>", MARK + MARK)));
    expect(d.rootStart).toBe(`<ClinicalDocument ${V3}>`);
    expect(d.rootName).toBe("ClinicalDocument");
  });

  it("keeps the entries of a section whose narrative is empty or missing (they become its generated table)", () => {
    const kept = [
      sectionXml("<text/>", entry("a")),
      sectionXml('<text mediaType="text/x-hl7-text+xml"/>', entry("b")),
      sectionXml("<text>\n  </text>", entry("c")),
      sectionXml("", entry("d")),
    ];
    const text = docWith(sectionXml("<text>Read</text>", entry("gone")), ...kept);
    const { text: lighter, deferred: d } = deferred(text);
    expect(d.chunks).toEqual([entry("gone")]);
    for (const s of kept) expect(lighter).toContain(s);
  });

  it("judges each nested section by its own narrative", () => {
    const inner = sectionXml("<text/>", entry("inner"));
    const outer = sectionXml("<text>Outer</text>", entry("outer"), `<component>${inner}</component>`);
    const { text: lighter, deferred: d } = deferred(docWith(outer));
    expect(d.chunks).toEqual([entry("outer")]);
    expect(lighter).toContain(inner);
  });

  it("leaves alone empty <entry/>, and <entry> inside narratives, CDATA sections and comments", () => {
    const narrative = "<text>See <entry>not CDA</entry></text>";
    const passed = "<!-- <entry>old</entry> --><![CDATA[<entry>x</entry>]]>";
    const text = docWith(sectionXml(narrative, `<entry/>${passed}${entry("a")}`));
    const { text: lighter, deferred: d } = deferred(text);
    expect(d.chunks).toEqual([entry("a")]);
    expect(lighter).toContain(narrative);
    expect(lighter).toContain(`<entry/>${passed}${MARK}`);
  });

  it("collects the IDs inside what it takes out", () => {
    const text = docWith(sectionXml("<text>T</text>", entry("a", ' ID="obs1"') + entry("b", " ID = 'obs2'")));
    expect(deferred(text).deferred.ids).toEqual(["obs1", "obs2"]);
  });

  it("defers nothing when entries hold the narrative's images, when an entry nests another, or when no entry goes", () => {
    const media = sectionXml('<text><renderMultiMedia referencedObject="m1"/></text>', entry("a"));
    expect(deferEntries(docWith(media))).toBeUndefined();
    const nested = sectionXml("<text>T</text>", `<entry><act>${entry("inner")}</act></entry>`);
    expect(deferEntries(docWith(nested))).toBeUndefined();
    expect(deferEntries(docWith(sectionXml("<text/>", entry("a"))))).toBeUndefined();
    expect(deferEntries("<notCda/>")).toBeUndefined();
  });
});

describe("entriesWellFormed", () => {
  it("passes well-formed entries, namespace prefixes of the root included", () => {
    const withXsi = entry("a").replace("<code ", '<value xsi:type="CD"/><code ');
    expect(entriesWellFormed(deferred(docWith(sectionXml("<text>T</text>", withXsi))).deferred)).toBe(true);
  });

  it("fails an entry that is not well-formed, or uses a prefix the root does not declare", () => {
    const broken = entry("a").replace('classCode="OBS"', 'classCode="OBS" classCode="X"');
    expect(entriesWellFormed(deferred(docWith(sectionXml("<text>T</text>", broken))).deferred)).toBe(false);
    const prefixed = entry("a").replace("<code ", '<code foo:bar="1" ');
    expect(entriesWellFormed(deferred(docWith(sectionXml("<text>T</text>", prefixed))).deferred)).toBe(false);
  });
});

describe("entriesNeeded", () => {
  function neededFor(xml: string): boolean {
    const parsed = parseCdaText(xml, undefined, { deferEntries: true });
    if (!parsed.ok || parsed.deferred === undefined) throw new Error("nothing was deferred");
    return entriesNeeded(parsed.root, parsed.deferred);
  }

  it("is false for sections that read only their narrative", () => {
    expect(neededFor(docWith(sectionXml("<text>T</text>", entry("a"))))).toBe(false);
  });

  it("is true for a narrative the renderer finds empty though the text has something in it", () => {
    // A comment or a no-break space only: deferEntries sees content, the renderer an empty narrative.
    expect(neededFor(docWith(sectionXml("<text><!-- none --></text>", entry("a"))))).toBe(true);
    expect(neededFor(docWith(sectionXml("<text>&#160;</text>", entry("a"))))).toBe(true);
  });

  it("is true when an ID inside a removed entry is also used in the rest of the document", () => {
    const text = sectionXml('<text><content ID="dup">T</content></text>', entry("a", ' ID="dup"'));
    expect(neededFor(docWith(text))).toBe(true);
    const unique = sectionXml('<text><content ID="c1">T</content></text>', entry("a", ' ID="only-here"'));
    expect(neededFor(docWith(unique))).toBe(false);
  });

  it("is true when sections nest deep enough to be shown as their whole text", () => {
    let nested = sectionXml("<text>deepest</text>", entry("a"));
    for (let i = 0; i < 31; i += 1)
      nested = sectionXml("<text>T</text>", "", `<component>${nested}</component>`);
    expect(neededFor(docWith(nested))).toBe(true);
  });
});

describe("renderDocument with deferEntries", () => {
  const withEntries = docWith(
    sectionXml("<text><paragraph>Penicillin: hives</paragraph></text>", entry("a") + entry("b")),
    sectionXml("<text/>", entry("c")),
  );

  it("renders exactly what the whole document renders, and offers the check", () => {
    const whole = renderDocument(withEntries, { idPrefix: "t1" });
    const lighter = renderDocument(withEntries, { idPrefix: "t1", deferEntries: true });
    if (!whole.ok || !lighter.ok) throw new Error("did not render");
    expect(lighter.html).toBe(whole.html);
    expect(lighter.warnings).toEqual(whole.warnings);
    expect(whole.entriesCheck).toBeUndefined();
    expect(lighter.entriesCheck?.()).toBe("sound");
  });

  it("checks many entries in batches of about 64 kB, and a broken one in a later batch", () => {
    const many = Array.from({ length: 400 }, (_, i) =>
      entry(`c${String(i)}`).replace("<code ", `<code displayName="${"x".repeat(200)}" `),
    );
    const text = docWith(sectionXml("<text>T</text>", many.join("")));
    const steps = (xml: string) => {
      const outcome = renderDocument(xml, { idPrefix: "t1", deferEntries: true });
      if (!outcome.ok || outcome.entriesCheck === undefined) throw new Error("nothing was deferred");
      const seen = [outcome.entriesCheck()];
      while (seen.at(-1) === "more") seen.push(outcome.entriesCheck());
      return seen;
    };
    const sound = steps(text);
    expect(sound.length).toBeGreaterThan(1);
    expect(sound.at(-1)).toBe("sound");
    const late = many.at(-1) ?? "";
    const broken = steps(
      text.replace(late, late.replace('classCode="OBS"', 'classCode="OBS" classCode="X"')),
    );
    expect(broken.slice(0, -1).every((s) => s === "more")).toBe(true);
    expect(broken.at(-1)).toBe("broken");
    expect(broken.length).toBe(sound.length);
  });

  it("parses whole when a section would read what was taken out (no check then)", () => {
    const text = docWith(sectionXml("<text><!-- empty --></text>", entry("a")));
    const lighter = renderDocument(text, { idPrefix: "t1", deferEntries: true });
    const whole = renderDocument(text, { idPrefix: "t1" });
    if (!whole.ok || !lighter.ok) throw new Error("did not render");
    expect(lighter.entriesCheck).toBeUndefined();
    expect(lighter.html).toBe(whole.html);
    expect(lighter.html).toContain("ccda-generated-table");
  });

  it("shows a document whose entries are broken, and its check says so (the whole parse names the error)", () => {
    const broken = withEntries.replace('classCode="OBS"', 'classCode="OBS" classCode="X"');
    const lighter = renderDocument(broken, { idPrefix: "t1", deferEntries: true });
    if (!lighter.ok) throw new Error("the narrative did not render");
    expect(lighter.entriesCheck?.()).toBe("broken");
    // Asked again, the kept answer (the entries' text is let go once checked).
    expect(lighter.entriesCheck?.()).toBe("broken");
    const whole = renderDocument(broken, { idPrefix: "t1" });
    expect(whole).toMatchObject({ ok: false, error: { kind: "not-xml", line: 2 } });
  });
});

describe("parseCdaText with deferEntries", () => {
  const text = docWith(sectionXml("<text>T</text>", entry("a")));
  const entries = (root: Element) => root.getElementsByTagNameNS("urn:hl7-org:v3", "entry").length;

  it("parses without the deferred entries and says what they were", () => {
    const parsed = parseCdaText(text, undefined, { deferEntries: true });
    if (!parsed.ok) throw new Error("did not parse");
    expect(entries(parsed.root)).toBe(0);
    expect(parsed.deferred?.chunks).toEqual([entry("a")]);
    const whole = parseCdaText(text);
    expect(whole.ok && entries(whole.root)).toBe(1);
    expect(whole.ok && whole.deferred).toBeUndefined();
  });

  it("hands a kept parse only to a reader asking for the same (the story needs its entries)", () => {
    const listed = parseCdaText(text, undefined, { keep: true, deferEntries: true });
    const story = parseCdaText(text);
    expect(story.ok && entries(story.root)).toBe(1);
    const viewer = parseCdaText(text, undefined, { deferEntries: true });
    expect(listed.ok && viewer.ok && viewer.doc === listed.doc).toBe(true);
    expect(viewer.ok && viewer.deferred?.chunks).toEqual([entry("a")]);
  });

  it("stays kept for the viewer when the same text is listed twice", () => {
    const first = parseCdaText(text, undefined, { keep: true, deferEntries: true });
    const again = parseCdaText(text, undefined, { keep: true, deferEntries: true });
    const viewer = parseCdaText(text, undefined, { deferEntries: true });
    expect(first.ok && again.ok && viewer.ok && again.doc === first.doc && viewer.doc === first.doc).toBe(
      true,
    );
    const next = parseCdaText(text, undefined, { deferEntries: true });
    expect(next.ok && viewer.ok && next.doc !== viewer.doc).toBe(true);
  });

  it("never defers without the compaction, nor when the text uses an undeclared prefix", () => {
    const plain = parseCdaText(text, undefined, { deferEntries: true, compact: false });
    expect(plain.ok && entries(plain.root)).toBe(1);
    const undeclared = text.replace(` xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"`, "");
    const withXsi = undeclared.replace("<code ", '<value xsi:type="CD"/><code ');
    const recovered = parseCdaText(withXsi, undefined, { deferEntries: true });
    expect(recovered.ok && recovered.deferred).toBeUndefined();
    expect(recovered.ok && recovered.warnings.toArray().map((w) => w.kind)).toEqual(["no-namespace"]);
  });
});
