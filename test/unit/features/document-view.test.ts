import { describe, expect, it } from "vitest";
import { originalFileName } from "../../../src/features/document-view/download-original";
import { formatSize } from "../../../src/features/document-view/format-size";
import {
  arrange,
  documentTypeKey,
  EMPTY_PREFS,
  loadPrefs,
  savePrefs,
  sectionKeys,
  type PrefsStorage,
} from "../../../src/features/document-view/section-preferences";
import { tokenizeXml } from "../../../src/features/document-view/xml-tokens";

describe("tokenizeXml", () => {
  const samples = [
    '<?xml version="1.0"?><!-- c --><a x="1" y=\'2\'>t &amp; <b/><![CDATA[<raw>]]></a>',
    '<unclosed attr="x',
    "plain text only",
    "<a><<b>>",
  ];
  it.each(samples)("loses and adds nothing: the tokens joined are the source (%s)", (source) => {
    expect(
      tokenizeXml(source)
        .map((t) => t.text)
        .join(""),
    ).toBe(source);
  });

  it("tells tags, attribute names and values, comments and CDATA apart", () => {
    const kinds = tokenizeXml('<a x="1"><!-- c --><![CDATA[d]]></a>').map((t) => `${t.kind}:${t.text}`);
    expect(kinds).toEqual([
      "tag:<a",
      "text: ",
      "attr-name:x",
      "punct:=",
      'attr-value:"1"',
      "tag:>",
      "comment:<!-- c -->",
      "cdata:<![CDATA[d]]>",
      "tag:</a",
      "tag:>",
    ]);
  });
});

describe("section preferences", () => {
  const sections = [
    { code: "48765-2", title: "Allergies" },
    { code: undefined, title: "Notes" },
    { code: undefined, title: "Notes" },
    { code: "18776-5", title: "Plan" },
  ];
  const keys = sectionKeys(sections);

  it("keys sections by code, else title, and tells repeated ones apart", () => {
    expect(keys).toEqual(["code:48765-2", "title:notes", "title:notes#2", "code:18776-5"]);
  });

  it("orders, hides and limits; unknown sections keep document order after the ordered ones", () => {
    const arrangement = arrange(keys, {
      order: ["code:18776-5", "code:48765-2"],
      hidden: ["title:notes#2"],
      initialOpen: 1,
      titles: {},
    });
    expect(arrangement).toEqual({ shown: [3, 0, 1], hidden: [2], reordered: true, initialOpen: 1 });
    expect(arrange(keys, EMPTY_PREFS)).toEqual({
      shown: [0, 1, 2, 3],
      hidden: [],
      reordered: false,
      initialOpen: 4,
    });
  });

  it("stores per document type, forgets defaults, and survives broken or unavailable storage", () => {
    const map = new Map<string, string>();
    const storage: PrefsStorage = {
      getItem: (k) => map.get(k) ?? null,
      setItem: (k, v) => {
        map.set(k, v);
      },
    };
    const type = documentTypeKey({
      code: "34133-9",
      codeSystem: "2.16.840.1.113883.6.1",
      displayName: undefined,
    });
    const prefs = {
      order: [],
      hidden: ["title:notes"],
      initialOpen: undefined,
      titles: { "title:notes": "Notes" },
    };
    expect(savePrefs(storage, type, prefs)).toBe(true);
    expect(loadPrefs(storage, type)).toEqual(prefs);
    expect(loadPrefs(storage, documentTypeKey(undefined))).toEqual(EMPTY_PREFS);
    savePrefs(storage, type, EMPTY_PREFS);
    expect(JSON.parse(map.get("ccda-viewer:section-prefs:v1") ?? "")).toEqual({});
    map.set("ccda-viewer:section-prefs:v1", "{not json");
    expect(loadPrefs(storage, type)).toEqual(EMPTY_PREFS);
    const failing: PrefsStorage = {
      getItem: () => null,
      setItem: () => {
        throw new Error("quota");
      },
    };
    expect(savePrefs(failing, type, prefs)).toBe(false);
    expect(loadPrefs(undefined, type)).toEqual(EMPTY_PREFS);
  });
});

describe("download name and sizes", () => {
  it("names the file from the title and the document date", () => {
    expect(originalFileName("Continuity of Care Document", "20240301103000-0500")).toBe(
      "Continuity-of-Care-Document-2024-03-01.xml",
    );
    expect(originalFileName("Résumé / note: 1", undefined)).toBe("Resume-note-1.xml");
    expect(originalFileName("***", "2024-03-01")).toBe("document-2024-03-01.xml");
  });

  it("says sizes in words", () => {
    expect([0, 999, 4200, 42_000, 3_100_000].map(formatSize)).toEqual([
      "empty",
      "999 characters",
      "4.2k characters",
      "42k characters",
      "3.1M characters",
    ]);
  });
});
