/** A minimal, deterministic PNG encoder (RGB, 8-bit, filter 0) for the sample observationMedia image. */
import { deflateSync } from "node:zlib";

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

export const PNG_SIGNATURE = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Encodes RGB pixels (`width * height * 3` bytes, row-major). */
export function encodePng(width: number, height: number, rgb: Uint8Array): Uint8Array {
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 2, 0, 0, 0], 8); // bit depth 8, colour type RGB, deflate, filter 0, no interlace
  const raw = new Uint8Array(height * (width * 3 + 1));
  for (let y = 0; y < height; y++)
    raw.set(rgb.subarray(y * width * 3, (y + 1) * width * 3), y * (width * 3 + 1) + 1);
  return concat([
    PNG_SIGNATURE,
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", new Uint8Array()),
  ]);
}

/** A small ECG-strip-like picture: pink grid with a dark trace (what a rhythm strip attachment looks like). */
export function ecgStripPng(width = 96, height = 40): Uint8Array {
  const rgb = new Uint8Array(width * height * 3).fill(255);
  const set = (x: number, y: number, r: number, g: number, b: number): void => {
    rgb.set([r, g, b], (y * width + x) * 3);
  };
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) if (x % 8 === 0 || y % 8 === 0) set(x, y, 245, 180, 190);
  let previous = height / 2;
  for (let x = 0; x < width; x++) {
    const phase = x % 24;
    const spike = phase === 10 ? -14 : phase === 11 ? 10 : phase === 16 || phase === 17 ? -3 : 0;
    const y = Math.min(height - 1, Math.max(0, Math.round(height / 2 + spike)));
    for (let yy = Math.min(previous, y); yy <= Math.max(previous, y); yy++) set(x, yy, 30, 30, 60);
    previous = y;
  }
  return encodePng(width, height, rgb);
}
