/** Shared helpers for the sandbox-data tests: decoding stored bytes like a client would. */
import type { StoredBinary } from "../../../sandbox/data/types";

export function decodeBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder("utf-8").decode(bytes.subarray(3));
  return new TextDecoder("utf-8").decode(bytes);
}

export function isCcda(binary: StoredBinary): boolean {
  return decodeBytes(binary.bytes).includes("<ClinicalDocument");
}

/** The XML declaration says UTF-16 for the UTF-16 sample; DOMParser gets a string, so drop the declaration's encoding. */
export function xmlForParser(text: string): string {
  return text.replace(/^<\?xml[^?]*\?>/, "");
}
