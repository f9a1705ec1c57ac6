/** The JS and CSS the built index.html loads up front (scripts, modulepreloads, stylesheets), raw and gzip. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

export interface AssetSize {
  files: string[];
  rawBytes: number;
  gzipBytes: number;
}

export interface BundleSize {
  js: AssetSize;
  css: AssetSize;
}

function sizeOf(outDir: string, files: string[]): AssetSize {
  const contents = files.map((file) => readFileSync(path.join(outDir, file)));
  return {
    files,
    rawBytes: contents.reduce((total, bytes) => total + bytes.length, 0),
    gzipBytes: contents.reduce((total, bytes) => total + gzipSync(bytes, { level: 9 }).length, 0),
  };
}

export function initialBundleSize(outDir: string): BundleSize {
  const html = readFileSync(path.join(outDir, "index.html"), "utf8");
  const referenced = (extension: string) => [
    ...new Set(
      [...html.matchAll(new RegExp(`(?:src|href)="/?([^"]+\\.${extension})"`, "g"))].map(
        (match) => match[1] ?? "",
      ),
    ),
  ];
  return { js: sizeOf(outDir, referenced("js")), css: sizeOf(outDir, referenced("css")) };
}
