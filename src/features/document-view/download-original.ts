/** "Download original": the exact bytes received, named after the document's title and date. */

function slug(text: string): string {
  return (
    text
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^A-Za-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 80) || "document"
  );
}

/** e.g. "Continuity-of-Care-Document-2024-03-01.xml"; the date is the YYYY-MM-DD part of an ISO or HL7 date. */
export function originalFileName(title: string, date: string | undefined, extension = "xml"): string {
  const match = date === undefined ? null : /^(\d{4})-?(\d{2})-?(\d{2})/.exec(date);
  const day = match === null ? "" : `-${match[1] ?? ""}-${match[2] ?? ""}-${match[3] ?? ""}`;
  return `${slug(title)}${day}.${extension}`;
}

/** Saves bytes as a file through a temporary blob: URL (revoked once the click has been handled). */
export function saveBytes(bytes: Uint8Array, fileName: string, mimeType: string): void {
  const blob = new Blob([bytes.slice()], { type: mimeType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 0);
}
