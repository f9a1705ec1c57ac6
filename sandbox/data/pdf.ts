/**
 * A tiny, valid, deterministic one-page PDF writer (Helvetica text lines, correct xref offsets), used for the
 * nonXMLBody C-CDA and the application/pdf Binary.
 */

function escapePdfText(text: string): string {
  // PDF literal strings: escape backslash and parentheses; keep to printable ASCII (Helvetica/WinAnsi subset).
  return text.replace(/[^\x20-\x7e]/g, "?").replace(/[\\()]/g, (c) => `\\${c}`);
}

/** Builds a one-page US-letter PDF with the given lines (first line larger, as a title). */
export function buildPdf(lines: readonly string[], title = "Document"): Uint8Array {
  const ops: string[] = ["BT", "/F1 16 Tf", "72 720 Td"];
  lines.forEach((line, i) => {
    if (i === 1) ops.push("/F1 11 Tf");
    ops.push(`(${escapePdfText(line)}) Tj`, i === 0 ? "0 -28 Td" : "0 -16 Td");
  });
  ops.push("ET");
  const stream = ops.join("\n");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    `<< /Title (${escapePdfText(title)}) /Producer (ccda-viewer sandbox) /CreationDate (D:20260601100000Z) >>`,
  ];
  let body = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xrefStart = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${objects.length} 0 R >>\nstartxref\n${xrefStart}\n%%EOF\n`;
  // Every character is below 0x100, so latin1 keeps the byte offsets computed above.
  return Uint8Array.from(body, (c) => c.charCodeAt(0));
}
