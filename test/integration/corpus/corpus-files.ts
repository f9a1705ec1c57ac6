/** Finds the shared C-CDA corpus and its manifest (test data outside the project; never copied in). */
import fs from "node:fs";
import path from "node:path";

export const REPO_ROOT = path.resolve(import.meta.dirname, "../../..");
export const SHARED = path.resolve(REPO_ROOT, "../shared");
export const CORPUS = path.join(SHARED, "ccda");
export const corpusExists = fs.existsSync(path.join(CORPUS, "manifest.tsv"));

export interface ManifestRow {
  localPath: string;
  wellFormed: boolean;
  parseError: string;
  oddities: string;
}

export function readManifest(): Map<string, ManifestRow> {
  const lines = fs.readFileSync(path.join(CORPUS, "manifest.tsv"), "utf8").split("\n");
  const header = (lines[0] ?? "").split("\t");
  const col = (name: string): number => header.indexOf(name);
  const rows = new Map<string, ManifestRow>();
  for (const line of lines.slice(1)) {
    if (line.trim() === "") continue;
    const cells = line.split("\t");
    const localPath = cells[col("local_path")] ?? "";
    rows.set(localPath, {
      localPath,
      wellFormed: cells[col("well_formed")] === "y",
      parseError: cells[col("parse_error")] ?? "",
      oddities: cells[col("oddities")] ?? "",
    });
  }
  return rows;
}

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? walk(full) : [full];
  });
}

/** Every file under dev/ and bulk/ whose content is a ClinicalDocument (extensions vary: .xml, .ccd, .txt …). */
export function corpusDocuments(): { localPath: string; text: string }[] {
  return ["dev", "bulk"].flatMap((set) =>
    walk(path.join(CORPUS, set))
      .sort()
      .map((file) => ({ localPath: path.relative(CORPUS, file), text: fs.readFileSync(file, "utf8") }))
      .filter((d) => /<(?:[A-Za-z_][\w.-]*:)?ClinicalDocument\b/.test(d.text.slice(0, 20000))),
  );
}
