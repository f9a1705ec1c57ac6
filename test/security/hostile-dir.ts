/** Writes the hostile documents meant for the SMART path into a fresh temp folder for the sandbox's docsDir. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { hostileDocs } from "./hostile-docs";

/** The folder (removed when the process exits) holding every `smart: true` hostile document. */
export function writeHostileDocsDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "ccda-hostile-docs-"));
  for (const doc of hostileDocs().filter((d) => d.smart)) writeFileSync(path.join(dir, doc.file), doc.xml);
  process.once("exit", () => {
    rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}
