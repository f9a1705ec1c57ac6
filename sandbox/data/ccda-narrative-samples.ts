/**
 * Narrative that exercises every CDA narrative-block feature a renderer must handle: complex tables, every list
 * style, links (including a hostile one), footnotes, multimedia, revisions, CDATA, escaped markup and unknown
 * vendor elements. The clinical wording stays plausible so the demo reads like a real chart.
 */
import { ii } from "./ccda-common";
import type { SectionContext, SectionExtra } from "./section-context";
import { ecgStripPng } from "./png";
import { stableUuid } from "./prng";
import { list, para, styled } from "./narrative";
import type { XmlElement } from "./xml-writer";
import { el } from "./xml-writer";
import { organization, practitioner } from "./practitioners";

/** Ordered and unordered lists in every CDA list style, with captions and nesting three deep. */
export function showcaseLists(): XmlElement[] {
  const ordered = (styleCode: string, items: (string | XmlElement)[][], caption?: string) =>
    list(items, { listType: "ordered", styleCode }, caption);
  const unordered = (styleCode: string, items: (string | XmlElement)[][], caption?: string) =>
    list(items, { listType: "unordered", styleCode }, caption);
  return [
    ordered(
      "Arabic",
      [
        ["Check blood glucose before breakfast and dinner."],
        [
          "Adjust the evening dose as follows:",
          ordered("LittleAlpha", [
            ["Below 70 mg/dL: skip the dose and call the clinic."],
            [
              "70–180 mg/dL: take the usual dose.",
              ordered("LittleRoman", [
                ["Recheck in 2 hours if you feel shaky."],
                ["Eat a snack with 15 g carbohydrate."],
              ]),
            ],
          ]),
        ],
        ["Bring your meter to every visit."],
      ],
      "Blood sugar routine",
    ),
    ordered(
      "BigRoman",
      [
        [
          "Before the procedure",
          ordered("BigAlpha", [["No food after midnight."], ["Take morning medicines with a sip of water."]]),
        ],
        ["After the procedure"],
      ],
      "Colonoscopy preparation summary",
    ),
    unordered(
      "Disc",
      [
        [
          "Low-sodium foods",
          unordered("Circle", [
            ["Fresh vegetables", unordered("Square", [["Leafy greens"], ["Root vegetables"]])],
            ["Unsalted nuts"],
          ]),
        ],
        ["Limit processed meats"],
      ],
      "Diet guidance",
    ),
  ];
}

/** Links of every kind a document carries; the javascript: one must never become a live link. */
export function showcaseLinks(ctx: SectionContext): XmlElement {
  const clinic = organization(practitioner(ctx.spec.patient.primaryCareId).organizationId);
  return el(
    "paragraph",
    null,
    el("caption", null, "Resources and contacts"),
    el(
      "linkHtml",
      { href: "https://medlineplus.gov/diabetes.html", title: "MedlinePlus" },
      "MedlinePlus: living with diabetes",
    ),
    el("br"),
    el("linkHtml", { href: `mailto:${clinic.email}` }, `Email your care team (${clinic.email})`),
    el("br"),
    el("linkHtml", { href: `tel:${clinic.phone}` }, `Call ${clinic.name}: ${clinic.phone}`),
    el("br"),
    el("linkHtml", { href: "#allergy-1-substance" }, "See allergy list above"),
    el("br"),
    el("linkHtml", { href: "javascript:alert(document.domain)" }, "Open legacy patient portal"),
    el("br"),
    // Obfuscated variant (case, leading whitespace, tab inside the scheme) that naive prefix checks miss.
    el("linkHtml", { href: " JaVa\tScRiPt:alert('obfuscated')" }, "Download visit summary"),
  );
}

/** Styled, revised, escaped and vendor-extended narrative. */
export function showcaseStyledText(): XmlElement[] {
  return [
    para(
      el("caption", null, "Goals reviewed with patient"),
      styled("Bold", "HbA1c below 7%"),
      ", ",
      styled("Italics", "blood pressure under 130/80"),
      ", ",
      styled("Underline", "no tobacco use"),
      "; ",
      styled("Emphasis", "patient agrees with the plan"),
      ".",
    ),
    para(
      "Dose correction: metformin ",
      el("content", { revised: "delete" }, "1000 mg"),
      el("content", { revised: "insert" }, "500 mg"),
      " twice daily (transcription error fixed).",
    ),
    para("Portal message quoted verbatim: ", '"<b>not bold</b> — can I get my refill early?"'),
    para(
      "Care gaps: ",
      el(
        "ext:careGap",
        { "xmlns:ext": "urn:example:riverbend:cda-extensions", "ext:priority": "high" },
        "Diabetic eye exam due",
      ),
      "; ",
      el("vendorAnnotation", { source: "RCR" }, "flagged by registry"),
      ".",
    ),
  ];
}

/** Nested plan sections three levels deep. */
export function showcaseNestedPlan(): XmlElement[] {
  const sub = (title: string, ...children: (XmlElement | string)[]) =>
    el("component", null, el("section", null, el("title", null, title), ...children));
  return [
    sub(
      "Cardiometabolic goals",
      el("text", null, para("Targets agreed at this visit.")),
      sub(
        "Nutrition",
        el("text", null, para("Referral to dietitian; Mediterranean-style plan.")),
        sub("Sodium", el("text", null, para("Under 2 g per day; read labels for hidden salt."))),
      ),
    ),
  ];
}

const IMG = "ecg-strip";

/** renderMultiMedia pointing at an observationMedia (inline base64 PNG) and at a regionOfInterest. */
export function showcaseMultimedia(docId: string): SectionExtra {
  const b64 = Buffer.from(ecgStripPng()).toString("base64");
  const media = (id: string) =>
    el(
      "observationMedia",
      { classCode: "OBS", moodCode: "EVN", ID: id },
      ii(stableUuid(`${docId}|${id}`)),
      el("value", { "xsi:type": "ED", mediaType: "image/png", representation: "B64" }, b64),
    );
  const roi = el(
    "regionOfInterest",
    { classCode: "ROIOVL", moodCode: "EVN", ID: `${IMG}-roi` },
    ii(stableUuid(`${docId}|roi`)),
    el("code", { code: "CIRCLE" }),
    el("value", { value: "34" }),
    el("value", { value: "20" }),
    el("value", { value: "6" }),
    el("entryRelationship", { typeCode: "SUBJ" }, media(`${IMG}-roi-source`)),
  );
  return {
    text: [
      el(
        "renderMultiMedia",
        { referencedObject: IMG },
        el("caption", null, "Rhythm strip, lead II (25 mm/s)"),
      ),
      el(
        "renderMultiMedia",
        { referencedObject: `${IMG}-roi` },
        el("caption", null, "Region of interest: QRS complex"),
      ),
    ],
    entries: [media(IMG), roi],
  };
}
