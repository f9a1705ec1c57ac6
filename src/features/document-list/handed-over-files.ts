/**
 * Files dropped on the start page, handed to the local-file screen across an in-app navigation to /local
 * (File objects cannot travel in a URL, and must never be uploaded anywhere).
 */
let pending: readonly File[] = [];

export function handOverFiles(files: readonly File[]): void {
  pending = files;
}

/** The handed-over files, once: taking them clears the hand-over. */
export function takeHandedOverFiles(): readonly File[] {
  const files = pending;
  pending = [];
  return files;
}
