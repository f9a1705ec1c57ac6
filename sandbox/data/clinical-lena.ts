/** Lena Novak's invented clinical history (not a real person). */
import type { ClinicalHistory } from "./clinical-shared";
import { basicPanel, lab, sig, withMedicationCourse, withProblemCourse } from "./clinical-shared";
import { cvx, rxnorm, snomed } from "./profiles";

export const LENA_HISTORY: ClinicalHistory = {
  problems: [
    {
      code: snomed("34000006", "Crohn's disease"),
      onset: "2015",
      status: "active",
      note: "Ileocolonic; in remission on adalimumab.",
    },
    // Resolved in 2024, when oral iron was stopped.
    withProblemCourse(
      {
        code: snomed("87522002", "Iron deficiency anemia"),
        onset: "201906",
        status: "active",
        note: "Improving on oral iron.",
      },
      { resolvedDaysAgo: 600 },
    ),
    {
      code: snomed("37796009", "Migraine"),
      onset: "20130910",
      status: "active",
      note: "Two to three episodes per month.",
    },
    withProblemCourse(
      {
        code: snomed("35489007", "Depressive disorder"),
        onset: "2019",
        status: "resolved",
        note: "Completed cognitive behavioral therapy.",
      },
      { resolvedDaysAgo: 1500 },
    ),
  ],
  medications: [
    // Azathioprine until the bowel-obstruction admission, adalimumab since.
    withMedicationCourse(
      {
        code: rxnorm("1940261", "adalimumab 40 MG in 0.4 ML Prefilled Syringe"),
        doseValue: 40,
        doseUnit: "mg",
        route: "Subcutaneous",
        periodHours: 336,
        sig: sig("Inject ", "40 mg", " under the skin every 14 days ", "on the same weekday", "."),
        indication: "Crohn's disease",
        startedYearsAgo: 6,
      },
      {
        startedDaysAgo: 2190,
        replaced: {
          code: rxnorm("197388", "azathioprine 50 MG Oral Tablet"),
          doseValue: 2,
          doseUnit: "{tbl}",
          startedDaysAgo: 3300,
        },
      },
    ),
    // Stopped when the anemia resolved.
    withMedicationCourse(
      {
        code: rxnorm("310325", "ferrous sulfate 325 MG Oral Tablet"),
        doseValue: 1,
        doseUnit: "{tbl}",
        route: "Oral",
        periodHours: 48,
        sig: sig("Take ", "1 tablet", " every other day ", "on an empty stomach with orange juice", "."),
        indication: "Iron deficiency anemia",
        startedYearsAgo: 7,
      },
      { stoppedDaysAgo: 600 },
    ),
    {
      code: rxnorm("313141", "sumatriptan 50 MG Oral Tablet"),
      doseValue: 1,
      doseUnit: "{tbl}",
      route: "Oral",
      periodHours: 24,
      sig: sig(
        "Take ",
        "1 tablet",
        " at migraine onset; may repeat once after 2 hours ",
        "if headache returns",
        "; max 200 mg/day.",
      ),
      indication: "Migraine",
      startedYearsAgo: 8,
    },
  ],
  allergies: [
    {
      substance: snomed("111088007", "Latex"),
      reaction: snomed("40275004", "Contact dermatitis"),
      severity: "mild",
    },
    { substance: rxnorm("5640", "ibuprofen"), reaction: snomed("267036007", "Dyspnea"), severity: "severe" },
  ],
  labs: [
    lab("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "ng/mL", [15, 150], 22, 8),
    lab("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", "mg/L", [0, 5], 6.5, 4, 1),
    ...basicPanel(88, 0.7, 3.9),
  ],
  immunizations: [
    { vaccine: cvx("141", "Influenza, seasonal, injectable"), yearsAgo: 1, lot: "FLU4471K" },
    { vaccine: cvx("165", "HPV9"), yearsAgo: 12, lot: "HPV9X21" },
    { vaccine: cvx("43", "Hepatitis B, adult dosage"), yearsAgo: 6, lot: "HEPB0921" },
  ],
  procedures: [
    {
      code: snomed("73761001", "Colonoscopy"),
      yearsAgo: 2,
      note: "Mild patchy ileal inflammation, biopsies taken.",
    },
    {
      code: snomed("241663008", "MR enterography"),
      yearsAgo: 4,
      note: "15 cm terminal ileal stricture without abscess.",
    },
  ],
  admissions: [
    {
      reason: snomed("26581000119102", "Crohn's disease with small bowel obstruction"),
      chiefComplaint: "Cramping abdominal pain, bloating and vomiting for 2 days.",
      course: [
        "Bowel rest and nasogastric decompression for 48 hours.",
        "IV methylprednisolone 20 mg every 8 hours.",
        "Diet advanced to low-residue on day 4.",
      ],
      dischargeInstructions: [
        "Prednisone 40 mg daily, taper by 5 mg each week.",
        "Low-residue diet until GI follow-up.",
        "Return for fever, vomiting or no bowel movement for 2 days.",
      ],
    },
    {
      reason: snomed("37796009", "Status migrainosus"),
      chiefComplaint: "Headache for 76 hours with photophobia and nausea.",
      course: [
        "IV fluids, metoclopramide and magnesium.",
        "Dihydroergotamine protocol with resolution on day 2.",
        "Neurological exam normal throughout.",
      ],
      dischargeInstructions: [
        "Headache diary.",
        "Limit triptans to 2 days per week.",
        "Neurology follow-up to discuss preventive therapy.",
      ],
    },
    {
      reason: snomed("87522002", "Symptomatic iron deficiency anemia"),
      chiefComplaint: "Fatigue and exertional dyspnea; hemoglobin 7.9 g/dL at clinic.",
      course: [
        "Intravenous iron sucrose 200 mg on 3 consecutive days.",
        "No transfusion needed; hemoglobin 8.6 at discharge.",
        "Stool studies negative for active bleeding.",
      ],
      dischargeInstructions: [
        "Resume oral iron in 2 weeks.",
        "Repeat CBC and ferritin in 4 weeks.",
        "GI follow-up for possible capsule endoscopy.",
      ],
    },
  ],
};
