/**
 * Every vector of ../shared/xss (read at test time, never copied) embedded in six places of a C-CDA: escaped
 * text in a paragraph, a linkHtml href, a CDATA section, and an author's name, address and telecom.
 */
import { loadPayloads, xssExists, XSS_DIR } from "../unit/sanitize/xss-payloads";
import { author, cdata, ccdaDocument, esc, section, xmlSafe } from "./ccda-skeleton";

export { xssExists, XSS_DIR };

export const XSS_POSITIONS = [
  "paragraph text",
  "linkHtml href",
  "CDATA",
  "author name",
  "address",
  "telecom",
];

export interface XssDoc {
  file: string;
  xml: string;
  vectors: readonly string[];
}

/** All vectors, deduplicated, without characters XML cannot carry; empty ones dropped. */
export function uniqueVectors(): string[] {
  const all = [...loadPayloads().values()].flat().map(xmlSafe);
  return [...new Set(all)].filter((v) => v.trim() !== "");
}

function vectorDoc(vectors: readonly string[], index: number, offset: number): XssDoc {
  const paragraphs = vectors.map((v, i) => `<paragraph>v${offset + i}: ${esc(v)}</paragraph>`).join("");
  const links = vectors.map((v, i) => `<linkHtml href="${esc(v)}">link v${offset + i}</linkHtml>`).join(" ");
  const cdatas = vectors.map((v, i) => `<paragraph>c${offset + i}: ${cdata(v)}</paragraph>`).join("");
  const authors = vectors
    .map((v) => author({ given: v, family: "Vector", street: v, telecoms: [v] }))
    .join("");
  const file = `xss-${String(index).padStart(2, "0")}.xml`;
  return {
    file,
    vectors,
    xml: ccdaDocument({
      title: `XSS corpus part ${index}`,
      extraHeader: authors,
      sections: [
        section("Escaped text", paragraphs),
        section("Links", `<paragraph>${links}</paragraph>`),
        section("CDATA", cdatas),
      ],
    }),
  };
}

/** The corpus split into documents of `perDoc` vectors each. */
export function xssDocs(perDoc = 150): XssDoc[] {
  const vectors = uniqueVectors();
  const docs: XssDoc[] = [];
  for (let start = 0; start < vectors.length; start += perDoc) {
    docs.push(vectorDoc(vectors.slice(start, start + perDoc), docs.length, start));
  }
  return docs;
}
