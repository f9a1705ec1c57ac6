/**
 * Parse what the viewer shows first, check the rest after: the coded entries of sections whose narrative is not
 * empty are taken out of the text before the viewer's parse, and their well-formedness is checked once the
 * document is on screen (entriesWellFormed).
 *
 * Why: the viewer reads a section's `<entry>` elements only when its narrative `<text>` is empty (it then
 * generates a table from them, render/entries-table.ts), yet entries hold most of a C-CDA's elements. Over the
 * dev documents, the parse of what remains takes about 40% of the whole parse at the median (Chromium).
 *
 * What goes: each `<entry …>…</entry>` that follows a section's `<text>` with something in it, up to the next
 * `<section`. A `<?ccda-deferred-entry?>` processing instruction takes its place, so the renderer can see which
 * sections had entries (render/entries-deferral.ts decides whether the result can be rendered as it is). Never
 * touched: empty `<entry/>` elements, anything inside `<text>` elements, CDATA sections and comments.
 *
 * The text is left as it came (undefined) when:
 * - scannableTags fails for it (the caller's check: the same guards as the whitespace compaction);
 * - it names renderMultiMedia: the images a narrative shows live in entries (observationMedia);
 * - an entry holds another `<entry>` (not CDA; the first `</entry>` would not end the one cut);
 * - there is no entry to take out.
 *
 * Tags are found the way compact-whitespace.ts finds them: regular expressions over the text, no callback per
 * tag but one per match (sections, narratives and entries), about 0.2 ms per 100 kB in Chromium.
 */
import type { EntriesCheck } from "../types";
import { parserErrorOf } from "./parser-error";

/** The target of the processing instruction left where entries were taken out. */
export const DEFERRED_MARK = "ccda-deferred-entry";
const MARK = `<?${DEFERRED_MARK}?>`;

const CDATA = "<!\\[CDATA\\[[\\s\\S]*?\\]\\]>";
const COMMENT = "<!--[\\s\\S]*?-->";

/**
 * One branch per thing that matters, each starting at `<`: a section's start (1), a `<text>` with content (2:
 * start tag, 3: content and end tag), an empty `<text/>` (4), a CDATA section or comment (5), and an entry (no
 * group). The entry branch also runs over the `<text>` elements inside entries, so only narratives reach 2–4.
 */
const SCAN = new RegExp(
  [
    `(<section[\\s>])`,
    `|(<text(?:\\s[^>]*)?(?<!/)>)([\\s\\S]*?</text\\s*>)`,
    `|(<text(?:\\s[^>]*)?/>)`,
    `|(${CDATA}|${COMMENT})`,
    `|<entry(?:\\s[^>]*)?(?<!/)>[\\s\\S]*?</entry\\s*>`,
  ].join(""),
  "g",
);

/** An `<entry>` start tag, looked for inside an entry from its second character on. */
const ENTRY_START = /<entry[\s/>]/g;
const ID_ATTRIBUTE = /\sID\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const EMPTY_NARRATIVE = /^\s*<\/text/;
const ROOT_START = /<([A-Za-z_][\w.-]*:)?ClinicalDocument\b[^>]*>/;

/** Entries taken out of a text, and how to check them. */
export interface DeferredEntries {
  /** The root element's start tag as written (with its namespace declarations), and its qualified name. */
  readonly rootStart: string;
  readonly rootName: string;
  /** The entries taken out, in document order, each whole. */
  readonly chunks: readonly string[];
  /** The `ID` attribute values inside them. */
  readonly ids: readonly string[];
}

function idsIn(chunk: string, into: string[]): void {
  if (!chunk.includes("ID")) return;
  ID_ATTRIBUTE.lastIndex = 0;
  for (let m = ID_ATTRIBUTE.exec(chunk); m !== null; m = ID_ATTRIBUTE.exec(chunk))
    into.push(m[1] ?? m[2] ?? "");
}

/**
 * The text without the entries of sections whose narrative has content, and what was taken out; undefined when
 * the text is better parsed whole (see the module's comment). `text` must pass scannableTags.
 */
export function deferEntries(text: string): { text: string; deferred: DeferredEntries } | undefined {
  if (text.includes("renderMultiMedia")) return undefined;
  const root = ROOT_START.exec(text);
  if (root === null) return undefined;
  const chunks: string[] = [];
  const ids: string[] = [];
  // Whether the entries met next stay: until a narrative with content is met in the section.
  const state = { keep: true, nested: false };
  const out = text.replace(
    SCAN,
    (
      match: string,
      section: string | undefined,
      narrativeStart: string | undefined,
      narrativeRest: string | undefined,
      emptyNarrative: string | undefined,
      passed: string | undefined,
    ) => {
      if (section !== undefined || emptyNarrative !== undefined) state.keep = true;
      else if (narrativeStart !== undefined) state.keep = EMPTY_NARRATIVE.test(narrativeRest ?? "");
      else if (passed === undefined && !state.keep) {
        ENTRY_START.lastIndex = 1;
        if (ENTRY_START.test(match)) state.nested = true;
        idsIn(match, ids);
        chunks.push(match);
        return MARK;
      }
      return match;
    },
  );
  if (state.nested || chunks.length === 0) return undefined;
  return {
    text: out,
    deferred: { rootStart: root[0], rootName: `${root[1] ?? ""}ClinicalDocument`, chunks, ids },
  };
}

/**
 * Whether the entries taken out (from index `from` up to `to`) are well-formed where they were: they are parsed
 * together inside the root's start tag, with its namespace declarations. In place they also had their ancestors' (section, component …),
 * which can only bind more prefixes (XML 1.0 cannot unbind one): an entry that passes here passes in place, and
 * one using a prefix only an ancestor binds fails here, so the text is parsed whole, as it would be anyway.
 * False means the whole text must be parsed to know (and to name the error's line).
 */
export function entriesWellFormed(deferred: DeferredEntries, from = 0, to = deferred.chunks.length): boolean {
  const text = `${deferred.rootStart}${deferred.chunks.slice(from, to).join("")}</${deferred.rootName}>`;
  return parserErrorOf(new DOMParser().parseFromString(text, "application/xml")) === undefined;
}

/** Characters of entries checked per call of RenderOutcome.entriesCheck (a few ms in Chromium). */
const CHECK_BATCH_CHARS = 64 * 1024;

/** One check per parse: the local-file list and the viewer share the parse of a file, and so its check. */
const checkers = new WeakMap<DeferredEntries, () => EntriesCheck>();

/**
 * The check of the entries taken out, batch after batch (about 64 kB each, so no call blocks the page for long):
 * says "more" until all are checked, then "sound" or "broken", and keeps saying it (the entries' text is let go
 * then). The same check for the same parse, whoever asks, so no entry is parsed twice.
 */
export function entriesChecker(deferred: DeferredEntries): () => EntriesCheck {
  let checker = checkers.get(deferred);
  if (checker === undefined) {
    checker = batchedCheck(deferred);
    checkers.set(deferred, checker);
  }
  return checker;
}

function batchedCheck(deferred: DeferredEntries): () => EntriesCheck {
  let pending: DeferredEntries | undefined = deferred;
  let next = 0;
  let answer: EntriesCheck = "more";
  return () => {
    if (pending === undefined) return answer;
    const { chunks } = pending;
    let end = next;
    for (let size = 0; end < chunks.length && size < CHECK_BATCH_CHARS; end += 1)
      size += chunks[end]?.length ?? 0;
    const sound = entriesWellFormed(pending, next, end);
    next = end;
    if (sound && next < chunks.length) return "more";
    answer = sound ? "sound" : "broken";
    pending = undefined;
    return answer;
  };
}
