/** Ava Reyes's invented clinical history (not a real person). */
import type { ClinicalHistory } from "./clinical-shared";
import { basicPanel, lab, sig, withMedicationCourse, withProblemCourse } from "./clinical-shared";
import { cvx, rxnorm, snomed } from "./profiles";

export const AVA_HISTORY: ClinicalHistory = {
  problems: [
    {
      code: snomed("44054006", "Type 2 diabetes mellitus"),
      onset: "201603",
      status: "active",
      note: "Managed with metformin; last HbA1c trending down.",
    },
    {
      code: snomed("59621000", "Essential hypertension"),
      onset: "2014",
      status: "active",
      note: "Well controlled on lisinopril.",
    },
    {
      code: snomed("195967001", "Asthma"),
      onset: "19950615",
      status: "active",
      note: "Mild intermittent; uses rescue inhaler a few times a month.",
    },
    // Active in the first documents, resolved from early 2020 on.
    withProblemCourse(
      {
        code: snomed("233604007", "Pneumonia"),
        onset: "20190705",
        status: "resolved",
        note: "Community-acquired, right lower lobe; treated inpatient.",
      },
      { resolvedDaysAgo: 2290 },
    ),
  ],
  medications: [
    // One tablet twice daily at first, two from 2021; stopped after the DKA admission (insulin instead).
    withMedicationCourse(
      {
        code: rxnorm("861007", "metformin hydrochloride 500 MG Oral Tablet"),
        doseValue: 2,
        doseUnit: "{tbl}",
        route: "Oral",
        periodHours: 12,
        sig: sig(
          "Take ",
          "2 tablets",
          " twice daily ",
          "with food",
          " for 10 days, then continue 1 tablet twice daily.",
        ),
        indication: "Type 2 diabetes",
        startedYearsAgo: 9,
      },
      { earlierDoses: [{ untilDaysAgo: 1850, doseValue: 1 }], stoppedDaysAgo: 357 },
    ),
    // Dose doubled in 2023.
    withMedicationCourse(
      {
        code: rxnorm("314076", "lisinopril 10 MG Oral Tablet"),
        doseValue: 1,
        doseUnit: "{tbl}",
        route: "Oral",
        periodHours: 24,
        sig: sig("Take ", "1 tablet", " by mouth once daily ", "in the morning", "."),
        indication: "Hypertension",
        startedYearsAgo: 11,
      },
      { earlierDoses: [{ untilDaysAgo: 1000, doseValue: 0.5 }] },
    ),
    {
      code: rxnorm("745679", "200 ACTUAT albuterol 0.09 MG/ACTUAT Metered Dose Inhaler"),
      doseValue: 2,
      doseUnit: "{puff}",
      route: "Inhalation",
      periodHours: 6,
      sig: sig("Inhale ", "2 puffs", " every 4 to 6 hours ", "as needed for wheezing", "."),
      indication: "Asthma",
      startedYearsAgo: 20,
    },
    // Switched from simvastatin in 2022.
    withMedicationCourse(
      {
        code: rxnorm("617310", "atorvastatin 20 MG Oral Tablet"),
        doseValue: 1,
        doseUnit: "{tbl}",
        route: "Oral",
        periodHours: 24,
        sig: sig("Take ", "1 tablet", " by mouth ", "at bedtime", "."),
        indication: "Hyperlipidemia",
        startedYearsAgo: 4,
      },
      {
        startedDaysAgo: 1460,
        replaced: {
          code: rxnorm("312961", "simvastatin 20 MG Oral Tablet"),
          doseValue: 1,
          doseUnit: "{tbl}",
          startedDaysAgo: 2900,
        },
      },
    ),
  ],
  allergies: [
    {
      substance: rxnorm("7980", "Penicillin G"),
      reaction: snomed("247472004", "Hives"),
      severity: "moderate",
    },
    {
      substance: snomed("227037002", "Fish (substance)"),
      reaction: snomed("422587007", "Nausea"),
      severity: "mild",
    },
  ],
  labs: [
    lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "%", [4, 5.6], 7.4, 0.6, 1),
    ...basicPanel(142, 0.8, 4.2),
    lab(
      "13457-7",
      "Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation",
      "mg/dL",
      [0, 99],
      118,
      20,
    ),
  ],
  immunizations: [
    { vaccine: cvx("141", "Influenza, seasonal, injectable"), yearsAgo: 1, lot: "FLU4471K" },
    { vaccine: cvx("33", "Pneumococcal polysaccharide PPV23"), yearsAgo: 6, lot: "PPV2391A" },
    { vaccine: cvx("115", "Tdap"), yearsAgo: 4, lot: "TDP5520C" },
    { vaccine: cvx("208", "COVID-19, mRNA, LNP-S, PF, 30 mcg/0.3 mL dose"), yearsAgo: 3, lot: "EW0182" },
  ],
  procedures: [
    { code: snomed("399208008", "Plain chest X-ray"), yearsAgo: 6, note: "Right lower lobe consolidation." },
    {
      code: snomed("252779009", "Single breath carbon monoxide diffusing capacity"),
      yearsAgo: 3,
      note: "Spirometry with mild reversible obstruction.",
    },
    {
      code: snomed("36228007", "Ophthalmic examination and evaluation"),
      yearsAgo: 1,
      note: "Dilated retinal exam: no diabetic retinopathy.",
    },
  ],
  admissions: [
    {
      reason: snomed("385093006", "Community acquired pneumonia"),
      chiefComplaint: "Fever, productive cough and shortness of breath for 4 days.",
      course: [
        "Started on ceftriaxone and azithromycin in the emergency department.",
        "Required 2 L/min oxygen by nasal cannula on day 1 and 2; weaned to room air on day 3.",
        "Blood glucose managed with sliding-scale insulin while metformin was held.",
      ],
      dischargeInstructions: [
        "Complete oral cefpodoxime for 5 more days.",
        "Resume metformin tomorrow morning.",
        "Return if fever above 38.5 °C or worsening shortness of breath.",
      ],
    },
    {
      reason: snomed("195967001", "Asthma exacerbation"),
      chiefComplaint: "Wheezing and chest tightness not relieved by albuterol.",
      course: [
        "Nebulized albuterol/ipratropium every 4 hours, then spaced.",
        "Prednisone 40 mg daily started.",
        "Peak flow improved from 210 to 380 L/min.",
      ],
      dischargeInstructions: [
        "Prednisone 40 mg daily for 4 more days.",
        "Start fluticasone/salmeterol inhaler twice daily.",
        "Asthma action plan reviewed with patient.",
      ],
    },
    {
      reason: snomed("420422005", "Diabetic ketoacidosis"),
      chiefComplaint: "Nausea, vomiting and abdominal pain after a viral illness.",
      course: [
        "Insulin infusion per DKA protocol; anion gap closed at 18 hours.",
        "Transitioned to basal-bolus insulin.",
        "Diabetes educator visit completed.",
      ],
      dischargeInstructions: [
        "Insulin glargine 18 units at bedtime.",
        "Check blood glucose before meals and at bedtime.",
        "Sick-day rules reviewed.",
      ],
    },
  ],
};
