/** Six synthetic documents of one patient: metformin raised then stopped, pneumonia resolved, labs over time. */
import { cdaDocument, encounter, medication, problem, result } from "../../unit/ccda/story/synthetic-docs";
import type { FakeDoc } from "./fake-story-session";

const meds = (name: string, dose: string, status: string, high?: string) => ({
  code: "10160-0",
  title: "Medications",
  text: `<table><tbody><tr><td><content ID="m1">${name}</content></td><td>${status}</td></tr></tbody></table>`,
  entries: [medication("860975", "m1", dose, status, "20200101", high)],
});

const problems = (pneumonia: "active" | "completed") => ({
  code: "11450-4",
  title: "Problems",
  text: `<list><item>Essential hypertension</item><item>Pneumonia (${pneumonia})</item></list>`,
  entries: [
    problem("59621000", "Essential hypertension", "active", "2015"),
    pneumonia === "active"
      ? problem("233604007", "Pneumonia", "active", "20210201")
      : problem("233604007", "Pneumonia", "completed", "20210201", "20210401"),
  ],
});

const labs = (value: string, when: string) => ({
  code: "30954-2",
  title: "Results",
  text: `<paragraph>Glucose ${value} mg/dL on ${when}</paragraph>`,
  entries: [result("2345-7", "Glucose", value, "mg/dL", when)],
});

const visits = (when: string) => ({
  code: "46240-8",
  title: "Encounters",
  entries: [encounter("99213", "Office visit", when, when)],
});

function doc(
  id: string,
  title: string,
  date: string,
  typeCode: string,
  sections: Parameters<typeof cdaDocument>[1],
): FakeDoc {
  return { id, title, date, typeCode, xml: cdaDocument(date.replaceAll("-", ""), sections, title, typeCode) };
}

export const STORY_DOCS: FakeDoc[] = [
  doc("ccd-1", "Continuity of care", "2021-03-01", "34133-9", [
    problems("active"),
    meds("Metformin 500 mg tablet", "500", "active"),
    labs("130", "20210225"),
    visits("20210225"),
  ]),
  doc("rn-1", "Referral note", "2021-06-01", "57133-1", [
    problems("completed"),
    meds("Metformin 500 mg tablet", "500", "active"),
    visits("20210530"),
  ]),
  doc("ccd-2", "Continuity of care", "2022-04-01", "34133-9", [
    problems("completed"),
    meds("Metformin 1000 mg tablet", "1000", "active"),
    labs("118", "20220320"),
    visits("20220320"),
  ]),
  doc("ds-1", "Discharge summary", "2022-09-10", "18842-5", [
    problems("completed"),
    {
      code: "8648-8",
      title: "Hospital course",
      text: "<paragraph>Admitted with hyperglycemia; insulin started.</paragraph>",
    },
  ]),
  doc("rn-2", "Referral note", "2023-01-15", "57133-1", [
    problems("completed"),
    meds("Metformin 1000 mg tablet", "1000", "completed", "20220910"),
  ]),
  doc("ccd-3", "Continuity of care", "2023-06-01", "34133-9", [
    problems("completed"),
    meds("Metformin 1000 mg tablet", "1000", "completed", "20220910"),
    labs("104", "20230520"),
    visits("20230520"),
  ]),
];
