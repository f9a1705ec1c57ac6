/**
 * Bytes → text for documents. Base64 goes to bytes (never atob-to-string, which mangles UTF-8), and the
 * text encoding comes from, in order: a byte order mark, the XML declaration, the content-type charset,
 * else UTF-8.
 */

export interface DecodedText {
  text: string;
  /** The WHATWG encoding name actually used. */
  encoding: string;
  /** Problems worth telling the user about (unknown declared encoding, invalid bytes). */
  warnings: string[];
}

export class Base64Error extends Error {
  override readonly name = "Base64Error";
}

export function base64ToBytes(base64: string): Uint8Array {
  const clean = base64.replace(/[\s]/g, "").replace(/-/g, "+").replace(/_/g, "/");
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 === 1) {
    throw new Base64Error("The document's data is not valid base64.");
  }
  const binary = atob(clean.padEnd(Math.ceil(clean.length / 4) * 4, "="));
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: "utf-8", length: 3 };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: "utf-16be", length: 2 };
  return undefined;
}

/** UTF-16 without a BOM still starts with "<\0" or "\0<" when it is XML. */
function utf16WithoutBom(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0x3c && bytes[1] === 0x00 && bytes[2] !== 0x00) return "utf-16le";
  if (bytes[0] === 0x00 && bytes[1] === 0x3c) return "utf-16be";
  return undefined;
}

/** The encoding pseudo-attribute of an XML declaration, read as ASCII from the first bytes. */
export function declaredXmlEncoding(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 200));
  const match = /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  return match?.[1];
}

export function charsetFromContentType(contentType: string | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? "");
  return match?.[1];
}

function decoderFor(label: string): TextDecoder | undefined {
  try {
    return new TextDecoder(label);
  } catch {
    return undefined;
  }
}

function decodeWith(bytes: Uint8Array, encoding: string, warnings: string[]): DecodedText {
  const text = new TextDecoder(encoding).decode(bytes);
  if (text.includes("\uFFFD"))
    warnings.push(`Some characters could not be read as ${encoding} and were replaced.`);
  return { text, encoding, warnings };
}

/** `ccda:decode` in the performance panel: bytes → text (the pipeline's first step, see `npm run bench`). */
export function decodeText(bytes: Uint8Array, contentType?: string): DecodedText {
  const timed = typeof performance !== "undefined" && typeof performance.measure === "function";
  const start = timed ? performance.now() : 0;
  const decoded = decodeUntimed(bytes, contentType);
  if (timed) performance.measure("ccda:decode", { start, end: performance.now() });
  return decoded;
}

function decodeUntimed(bytes: Uint8Array, contentType?: string): DecodedText {
  const warnings: string[] = [];
  const bom = bomEncoding(bytes);
  if (bom !== undefined) return decodeWith(bytes.subarray(bom.length), bom.encoding, warnings);
  const utf16 = utf16WithoutBom(bytes);
  if (utf16 !== undefined) return decodeWith(bytes, utf16, warnings);
  const label = declaredXmlEncoding(bytes) ?? charsetFromContentType(contentType);
  if (label !== undefined) {
    const decoder = decoderFor(label);
    // A declaration saying UTF-16 on bytes without a BOM or NULs is wrong; the bytes are single-byte.
    if (decoder !== undefined && !decoder.encoding.startsWith("utf-16")) {
      return decodeWith(bytes, decoder.encoding, warnings);
    }
    warnings.push(`The document declares the encoding "${label}", which could not be used; read as UTF-8.`);
  }
  return decodeWith(bytes, "utf-8", warnings);
}
