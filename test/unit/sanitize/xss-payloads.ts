/** Loads the shared XSS corpora (see shared/xss/SOURCES.md). Test data only; never copied into the project. */
import fs from "node:fs";
import path from "node:path";

export const XSS_DIR = path.resolve(import.meta.dirname, "../../..", "../shared/xss");
export const xssExists = fs.existsSync(path.join(XSS_DIR, "SOURCES.md"));

function json(file: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(XSS_DIR, file), "utf8"));
}

/** Payload lists by source name. */
export function loadPayloads(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  out.set(
    "dompurify",
    (json("dompurify/expect.json") as { payload: string }[]).map((p) => p.payload),
  );
  out.set(
    "h5sc",
    (json("h5sc/items.json") as { data: string; data_resolved?: string }[]).map(
      (p) => p.data_resolved ?? p.data,
    ),
  );
  out.set(
    "owasp",
    (json("owasp-cheatsheetseries/vectors.json") as { vector: string }[]).map((p) => p.vector),
  );
  const intruders = path.join(XSS_DIR, "payloadsallthethings/Intruders");
  for (const file of fs.readdirSync(intruders).sort()) {
    const lines = fs
      .readFileSync(path.join(intruders, file), "utf8")
      .split(/\r?\n/)
      .filter((l) => l.trim() !== "");
    out.set(`intruders/${file}`, lines);
  }
  return out;
}

/** Characters XML 1.0 cannot carry (a payload with them could not be in a real document). */
export function xmlSafe(s: string): string {
  return s.replace(
    // eslint-disable-next-line no-control-regex -- removing exactly the characters XML forbids
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    "",
  );
}

export function escapeXml(s: string): string {
  return xmlSafe(s)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}
