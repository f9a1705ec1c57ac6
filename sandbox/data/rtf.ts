/** A minimal RTF writer for Epic-style RTF renditions of HTML notes (text only: paragraphs, bold headings). */

function escapeRtf(text: string): string {
  let out = "";
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (char === "\\" || char === "{" || char === "}") out += `\\${char}`;
    else if (code < 0x80) out += char;
    // RTF \uN takes a signed 16-bit value and a fallback character.
    else if (code <= 0xffff) out += `\\u${code > 0x7fff ? code - 0x10000 : code}?`;
    else out += "?";
  }
  return out;
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  "#39": "'",
  nbsp: " ",
};

/** The visible text of simple HTML, one entry per block (scripts and styles dropped). */
export function htmlBlocks(html: string): string[] {
  return html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, "")
    .replace(/<(br|\/p|\/tr|\/li|\/h\d|\/div|\/table)\b[^>]*>/gi, "\n")
    .replace(/<\/t[dh]>/gi, "  ")
    .replace(/<[^>]*>/g, "")
    .replace(/&(#?\w+);/g, (whole, name: string) => ENTITIES[name] ?? whole)
    .split("\n")
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter((line) => line !== "");
}

/** An RTF document: the title in bold, then one paragraph per block. */
export function rtfDocument(title: string, blocks: readonly string[]): string {
  const paragraphs = blocks.map((block) => `${escapeRtf(block)}\\par`).join("\r\n");
  return [
    "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Arial;}}",
    "\\viewkind4\\uc1\\pard\\f0\\fs20",
    `\\b ${escapeRtf(title)}\\b0\\par`,
    paragraphs,
    "}",
    "",
  ].join("\r\n");
}
