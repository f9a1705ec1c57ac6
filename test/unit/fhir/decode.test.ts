import { describe, expect, it } from "vitest";
import { Base64Error, base64ToBytes, decodeText, declaredXmlEncoding } from "../../../src/fhir/decode";

const bytes = (...values: number[]) => new Uint8Array(values);
const ascii = (text: string) => new Uint8Array(Buffer.from(text, "latin1"));

function utf16le(text: string, bom: boolean): Uint8Array {
  const body = Buffer.from(text, "utf16le");
  return new Uint8Array(bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body);
}

function utf16be(text: string): Uint8Array {
  const le = Buffer.from(text, "utf16le");
  const be = Buffer.alloc(le.length);
  for (let index = 0; index < le.length; index += 2) {
    be[index] = le[index + 1]!;
    be[index + 1] = le[index]!;
  }
  return new Uint8Array(Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
}

describe("base64ToBytes", () => {
  it("decodes to bytes without mangling UTF-8", () => {
    const text = "Zoë — naïve 日本";
    const decoded = base64ToBytes(Buffer.from(text, "utf-8").toString("base64"));
    expect(new TextDecoder().decode(decoded)).toBe(text);
  });

  it("tolerates line breaks, missing padding and the URL-safe alphabet", () => {
    expect([...base64ToBytes("AAEC\r\nAw")]).toEqual([0, 1, 2, 3]);
    expect([...base64ToBytes("-_8")]).toEqual([0xfb, 0xff]);
  });

  it("rejects garbage", () => {
    expect(() => base64ToBytes("not base64!")).toThrow(Base64Error);
    expect(() => base64ToBytes("A")).toThrow(Base64Error);
  });
});

describe("decodeText", () => {
  it("uses a UTF-8 BOM and strips it", () => {
    const result = decodeText(bytes(0xef, 0xbb, 0xbf, 0x68, 0xc3, 0xa9));
    expect(result).toEqual({ text: "hé", encoding: "utf-8", warnings: [] });
  });

  it("decodes UTF-16LE and UTF-16BE by BOM", () => {
    const xml = '<?xml version="1.0" encoding="UTF-16"?><ClinicalDocument>é</ClinicalDocument>';
    expect(decodeText(utf16le(xml, true))).toMatchObject({ text: xml, encoding: "utf-16le" });
    expect(decodeText(utf16be(xml))).toMatchObject({ text: xml, encoding: "utf-16be" });
  });

  it("recognises UTF-16LE XML without a BOM by its first bytes", () => {
    expect(decodeText(utf16le("<a>ü</a>", false))).toMatchObject({ text: "<a>ü</a>", encoding: "utf-16le" });
  });

  it("honours the XML declaration's encoding", () => {
    const latin1 = ascii('<?xml version="1.0" encoding="ISO-8859-1"?><a>caf\xe9</a>');
    expect(decodeText(latin1)).toMatchObject({
      text: '<?xml version="1.0" encoding="ISO-8859-1"?><a>café</a>',
      warnings: [],
    });
  });

  it("prefers the declaration over the content-type charset, and uses the charset without one", () => {
    const latin1 = ascii("<a>caf\xe9</a>");
    expect(decodeText(latin1, "text/xml; charset=windows-1252").text).toBe("<a>café</a>");
    // \xe9 is invalid UTF-8, so only the declared single-byte encoding reads it as "é".
    const declared = ascii("<?xml version='1.0' encoding='windows-1252'?><a>\xe9</a>");
    const result = decodeText(declared, "application/xml; charset=utf-8");
    expect(result.text).toContain("<a>é</a>");
    expect(result.warnings).toEqual([]);
  });

  it("falls back to UTF-8 with a warning for an unknown declared encoding", () => {
    const result = decodeText(ascii('<?xml version="1.0" encoding="x-made-up"?><a/>'));
    expect(result.encoding).toBe("utf-8");
    expect(result.warnings.join(" ")).toMatch(/x-made-up/);
  });

  it("ignores a UTF-16 declaration on single-byte content", () => {
    const result = decodeText(ascii('<?xml version="1.0" encoding="UTF-16"?><a>x</a>'));
    expect(result.text).toBe('<?xml version="1.0" encoding="UTF-16"?><a>x</a>');
    expect(result.warnings).toHaveLength(1);
  });

  it("warns when bytes are not valid in the chosen encoding", () => {
    const result = decodeText(bytes(0x3c, 0x61, 0x3e, 0xff, 0xfe, 0xfd));
    expect(result.text).toContain("\uFFFD");
    expect(result.warnings[0]).toMatch(/could not be read as utf-8/);
  });

  it("reads the declaration only from the start of the document", () => {
    expect(declaredXmlEncoding(ascii('<a><?xml version="1.0" encoding="latin1"?></a>'))).toBeUndefined();
    expect(declaredXmlEncoding(ascii('  <?xml version="1.0" encoding="latin1"?>'))).toBe("latin1");
  });
});
