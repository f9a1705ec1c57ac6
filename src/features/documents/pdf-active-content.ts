/**
 * Finds active content in a PDF before we hand it to the browser's PDF viewer. Chromium's viewer runs a
 * PDF's JavaScript in its own interpreter: it cannot reach our origin, but it can raise real dialogs over the
 * EHR (a spoofing channel). PDFs that carry script, launch actions or XFA forms are offered as a download
 * instead. Names may be #-escaped (/J#61vaScript) and objects may hide in Flate-compressed streams, so both
 * are looked through.
 */

const ACTIVE_NAME = /\/(JavaScript|JS|Launch|XFA|RichMedia)(?![A-Za-z0-9])/g;
const STREAM = /stream\r?\n/g;
/** Stop inflating after this much output: a decompression bomb must not hang the viewer. */
const MAX_INFLATED_BYTES = 64 * 1024 * 1024;
const MAX_STREAMS = 2000;

function latin1(bytes: Uint8Array): string {
  return new TextDecoder("latin1").decode(bytes);
}

/** Undoes PDF name escapes (#xx) so /J#61vaScript reads /JavaScript. */
function unescapeNames(text: string): string {
  return text.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function namesIn(text: string, found: Set<string>): void {
  for (const match of unescapeNames(text).matchAll(ACTIVE_NAME)) {
    const name = match[1];
    if (name !== undefined) found.add(name === "JS" ? "JavaScript" : name);
  }
}

async function inflate(data: Uint8Array, budget: { left: number }): Promise<Uint8Array | undefined> {
  try {
    const stream = new Blob([data.slice()]).stream().pipeThrough(new DecompressionStream("deflate"));
    const reader = stream.getReader();
    const chunks: Uint8Array<ArrayBuffer>[] = [];
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      budget.left -= value.byteLength;
      if (budget.left < 0) {
        await reader.cancel();
        return undefined;
      }
      chunks.push(value);
    }
    return new Uint8Array(await new Blob(chunks).arrayBuffer());
  } catch {
    // Not Flate data or truncated: nothing we can read, and the raw bytes were already scanned.
    return undefined;
  }
}

/** The [start, end) byte ranges of FlateDecode stream bodies. */
function flateStreams(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const match of text.matchAll(STREAM)) {
    if (ranges.length >= MAX_STREAMS) break;
    const start = match.index + match[0].length;
    const dictionary = text.slice(Math.max(0, match.index - 400), match.index);
    const end = text.indexOf("endstream", start);
    if (end < 0) break;
    if (/\/FlateDecode/.test(dictionary.slice(dictionary.lastIndexOf("<<")))) ranges.push([start, end]);
  }
  return ranges;
}

/** The kinds of active content found ("JavaScript", "Launch", "XFA", "RichMedia"); empty when none. */
export async function pdfActiveContent(bytes: Uint8Array): Promise<string[]> {
  const text = latin1(bytes);
  const found = new Set<string>();
  namesIn(text, found);
  const budget = { left: MAX_INFLATED_BYTES };
  for (const [start, end] of flateStreams(text)) {
    if (found.has("JavaScript")) break;
    const inflated = await inflate(bytes.subarray(start, end), budget);
    if (inflated !== undefined) namesIn(latin1(inflated), found);
    if (budget.left < 0) break;
  }
  return [...found].sort();
}
