/**
 * The shared XSS corpora (DOMPurify fixtures, H5SC, OWASP, PayloadsAllTheThings) thrown at both sanitizers
 * directly, and injected into C-CDA documents: narrative text, attributes (ID, styleCode), linkHtml hrefs,
 * observationMedia values, nonXMLBody and raw (unescaped) markup. The sanitized output must keep the invariants
 * (no script, no on* attributes, no dangerous URLs, nothing outside the allow-lists) and be idempotent.
 */
import { describe, expect, it } from "vitest";
import { renderDocument } from "../../../src/ccda/render-document";
import { sanitizeDocumentHtml, sanitizeForeignHtml } from "../../../src/sanitize/sanitize-html";
import { cdaDocument, section, structuredBody } from "../ccda/render-helpers";
import { invariantViolations } from "./invariants";
import { escapeXml, loadPayloads, xmlSafe, xssExists, XSS_DIR } from "./xss-payloads";

if (!xssExists) console.warn(`SKIPPING XSS corpus tests: ${XSS_DIR} is missing.`);

const payloads = xssExists ? loadPayloads() : new Map<string, string[]>();
const all = [...payloads.values()].flat();
const core = [
  ...(payloads.get("dompurify") ?? []),
  ...(payloads.get("h5sc") ?? []),
  ...(payloads.get("owasp") ?? []),
];

function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

function checkSanitized(html: string, label: string): void {
  const safe = sanitizeDocumentHtml(html);
  expect(invariantViolations(safe, "document"), label).toEqual([]);
  expect(sanitizeDocumentHtml(safe), `idempotent: ${label}`).toBe(safe);
}

function renderAndCheck(xml: string, label: string, mustRender = true): string {
  const outcome = renderDocument(xml, { idPrefix: "x1" });
  if (!outcome.ok) {
    expect(mustRender, `${label}: ${outcome.error.message}`).toBe(false);
    return "";
  }
  checkSanitized(outcome.html, label);
  return outcome.html;
}

describe.skipIf(!xssExists)("XSS corpora", () => {
  it.each([...payloads.keys()])("sanitizers keep the invariants and are idempotent on %s", (name) => {
    for (const payload of payloads.get(name) ?? []) {
      const doc = sanitizeDocumentHtml(payload);
      expect(invariantViolations(doc, "document"), payload).toEqual([]);
      expect(sanitizeDocumentHtml(doc), payload).toBe(doc);
      const foreign = sanitizeForeignHtml(payload);
      expect(invariantViolations(foreign, "foreign"), payload).toEqual([]);
      expect(sanitizeForeignHtml(foreign), payload).toBe(foreign);
    }
  });

  it("shows payloads in narrative text literally", () => {
    for (const batch of chunks(all, 150)) {
      const text = batch.map((p) => `<paragraph>${escapeXml(p)}</paragraph>`).join("");
      const html = renderAndCheck(cdaDocument(structuredBody(section("A", text))), "narrative text");
      const div = document.createElement("div");
      div.innerHTML = sanitizeDocumentHtml(html);
      const shown = Array.from(div.querySelectorAll(".ccda-narrative p"), (p) => p.textContent);
      expect(shown).toEqual(batch.map((p) => xmlSafe(p).replace(/\r\n?/g, "\n")));
    }
  });

  it("neutralises payloads in ID, styleCode, language and title attributes", () => {
    for (const batch of chunks(all, 150)) {
      const text = batch
        .map((p) => {
          const v = escapeXml(p);
          return `<paragraph ID="${v}"><content ID="${v}" styleCode="${v}" language="${v}">x</content><linkHtml href="https://example.org/" title="${v}">t</linkHtml></paragraph>`;
        })
        .join("");
      renderAndCheck(cdaDocument(structuredBody(section("A", text))), "attributes");
    }
  });

  it("never links payload hrefs except real http(s)/mailto/tel URLs", () => {
    for (const batch of chunks(all, 150)) {
      const text = batch
        .map((p) => `<paragraph><linkHtml href="${escapeXml(p)}">l</linkHtml></paragraph>`)
        .join("");
      renderAndCheck(cdaDocument(structuredBody(section("A", text))), "linkHtml href");
    }
  });

  it("neutralises payloads in observationMedia values, media types and references", () => {
    for (const batch of chunks(core, 60)) {
      const ids = batch.map((_, i) => `M${i}`);
      const text = `<renderMultiMedia referencedObject="${ids.join(" ")} ${escapeXml(batch[0] ?? "")}"><caption>${escapeXml(batch[1] ?? "")}</caption></renderMultiMedia>`;
      const entries = batch
        .map((p, i) => {
          const v = escapeXml(p);
          const value =
            i % 3 === 0
              ? `<value mediaType="${v}" representation="B64">iVBORw0KGgo=</value>`
              : i % 3 === 1
                ? `<value mediaType="image/png"><reference value="${v}"/></value>`
                : `<value mediaType="image/png" representation="B64">${v}</value>`;
          return `<entry><observationMedia ID="${ids[i] ?? ""}">${value}</observationMedia></entry>`;
        })
        .join("");
      renderAndCheck(cdaDocument(structuredBody(section("A", text, entries))), "observationMedia");
    }
  });

  it("neutralises payloads in nonXMLBody text, media types and references", () => {
    for (const p of core) {
      const v = escapeXml(p);
      for (const body of [
        `<text mediaType="${v}">${v}</text>`,
        `<text mediaType="text/plain"><reference value="${v}"/></text>`,
        `<text mediaType="${v}" representation="B64">${btoa("x")}</text>`,
      ]) {
        renderAndCheck(
          cdaDocument(`<component><nonXMLBody>${body}</nonXMLBody></component>`),
          `nonXMLBody ${p}`,
        );
      }
    }
  });

  it("renders raw (unescaped) payload markup inside narrative only as CDA, or reports a parse error", () => {
    let rendered = 0;
    for (const p of core) {
      const xml = cdaDocument(
        structuredBody(section("A", `<paragraph>${xmlSafe(p)}</paragraph>`), section("B", "ok")),
      );
      if (renderAndCheck(xml, `raw ${p}`, false) !== "") rendered += 1;
    }
    expect(rendered).toBeGreaterThan(0);
  });
});
