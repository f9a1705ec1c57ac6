const EXTENSIONS: Record<string, string> = {
  "application/pdf": "pdf",
  "application/rtf": "rtf",
  "text/rtf": "rtf",
  "text/plain": "txt",
  "text/html": "html",
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/gif": "gif",
  "image/webp": "webp",
};

/** A safe download name from a document title: letters, digits, spaces, dashes; plus an extension. */
export function downloadName(title: string, mimeType: string): string {
  const base =
    title
      .replace(/[^\p{L}\p{N} _-]+/gu, " ")
      .trim()
      .replace(/\s+/g, " ")
      .slice(0, 80) || "document";
  const extension = EXTENSIONS[mimeType.toLowerCase()] ?? (mimeType.includes("xml") ? "xml" : "bin");
  return `${base}.${extension}`;
}
