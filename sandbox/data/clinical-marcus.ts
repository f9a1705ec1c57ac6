/** Marcus Okafor's invented clinical history (not a real person). */
import type { ClinicalHistory } from "./clinical-shared";
import { basicPanel, lab, sig, withMedicationCourse } from "./clinical-shared";
import { cvx, rxnorm, snomed } from "./profiles";

export const MARCUS_HISTORY: ClinicalHistory = {
  problems: [
    {
      code: snomed("84114007", "Heart failure"),
      onset: "2017",
      status: "active",
      note: "Reduced ejection fraction (35%), NYHA class II.",
    },
    {
      code: snomed("49436004", "Atrial fibrillation"),
      onset: "201809",
      status: "active",
      note: "Rate controlled, anticoagulated with apixaban.",
    },
    {
      code: snomed("433144002", "Chronic kidney disease stage 3"),
      onset: "20190402",
      status: "active",
      note: "eGFR stable around 48.",
    },
    { code: snomed("90560007", "Gout"), onset: "2012", status: "active", note: "Last flare two years ago." },
  ],
  medications: [
    {
      code: rxnorm("1364445", "apixaban 5 MG Oral Tablet"),
      doseValue: 1,
      doseUnit: "{tbl}",
      route: "Oral",
      periodHours: 12,
      sig: sig("Take ", "1 tablet", " twice daily ", "at the same times each day", "; do not skip doses."),
      indication: "Atrial fibrillation",
      startedYearsAgo: 7,
    },
    // Half a tablet until the first heart-failure admission, a whole one since.
    withMedicationCourse(
      {
        code: rxnorm("313988", "furosemide 40 MG Oral Tablet"),
        doseValue: 1,
        doseUnit: "{tbl}",
        route: "Oral",
        periodHours: 24,
        sig: sig(
          "Take ",
          "1 tablet",
          " every morning; take an extra tablet ",
          "if weight rises more than 1 kg in a day",
          ".",
        ),
        indication: "Heart failure",
        startedYearsAgo: 8,
      },
      { earlierDoses: [{ untilDaysAgo: 2196, doseValue: 0.5 }] },
    ),
    // Raised after the atrial fibrillation admission.
    withMedicationCourse(
      {
        code: rxnorm("866427", "metoprolol succinate 50 MG Extended Release Oral Tablet"),
        doseValue: 1,
        doseUnit: "{tbl}",
        route: "Oral",
        periodHours: 24,
        sig: sig("Take ", "1 tablet", " once daily ", "with or right after a meal", "."),
        indication: "Heart failure, rate control",
        startedYearsAgo: 7,
      },
      { earlierDoses: [{ untilDaysAgo: 1245, doseValue: 0.5 }] },
    ),
    {
      code: rxnorm("197319", "allopurinol 100 MG Oral Tablet"),
      doseValue: 1,
      doseUnit: "{tbl}",
      route: "Oral",
      periodHours: 24,
      sig: sig("Take ", "1 tablet", " daily ", "with plenty of water", "."),
      indication: "Gout",
      startedYearsAgo: 12,
    },
  ],
  allergies: [
    {
      substance: rxnorm("10180", "sulfamethoxazole"),
      reaction: snomed("271807003", "Rash"),
      severity: "moderate",
    },
    {
      substance: rxnorm("29046", "lisinopril"),
      reaction: snomed("41291007", "Angioedema"),
      severity: "severe",
    },
  ],
  labs: [
    lab(
      "33762-6",
      "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma",
      "pg/mL",
      [0, 125],
      1450,
      600,
    ),
    ...basicPanel(104, 1.5, 4.6),
    lab("3084-1", "Urate [Mass/volume] in Serum or Plasma", "mg/dL", [3.5, 7.2], 6.4, 1.1, 1),
  ],
  immunizations: [
    { vaccine: cvx("197", "Influenza, high-dose, quadrivalent"), yearsAgo: 1, lot: "HDQ8812" },
    { vaccine: cvx("152", "Pneumococcal conjugate PCV 13"), yearsAgo: 5, lot: "PCV1376B" },
    { vaccine: cvx("187", "Zoster vaccine recombinant"), yearsAgo: 4, lot: "RZV2214" },
  ],
  procedures: [
    {
      code: snomed("40701008", "Echocardiography"),
      yearsAgo: 2,
      note: "LVEF 35%, moderate mitral regurgitation.",
    },
    {
      code: snomed("29303009", "Electrocardiographic procedure"),
      yearsAgo: 1,
      note: "Atrial fibrillation, rate 78, no acute ST changes.",
    },
    {
      code: snomed("232717009", "Coronary artery bypass grafting"),
      yearsAgo: 11,
      note: "Three-vessel CABG, uncomplicated.",
    },
  ],
  admissions: [
    {
      reason: snomed("10633002", "Acute congestive heart failure"),
      chiefComplaint: "Progressive leg swelling and orthopnea; weight up 4 kg in a week.",
      course: [
        "IV furosemide 80 mg twice daily with net negative 5.2 L.",
        "Potassium repleted; creatinine peaked at 1.9 then returned to 1.5.",
        "Metoprolol continued; apixaban continued.",
      ],
      dischargeInstructions: [
        "Weigh yourself every morning and write it down.",
        "Limit salt to 2 g per day and fluids to 1.5 L per day.",
        "Call the heart failure clinic if weight rises 1 kg in a day or 2 kg in a week.",
      ],
    },
    {
      reason: snomed("49436004", "Atrial fibrillation with rapid ventricular response"),
      chiefComplaint: "Palpitations and lightheadedness since the morning.",
      course: [
        "Rate controlled with IV diltiazem, then oral metoprolol uptitrated.",
        "Transthoracic echo unchanged from prior.",
        "No evidence of thromboembolism.",
      ],
      dischargeInstructions: [
        "Metoprolol succinate increased to 50 mg daily.",
        "Continue apixaban without interruption.",
        "Follow up with cardiology in 2 weeks.",
      ],
    },
    {
      reason: snomed("90560007", "Acute gout flare of the right knee"),
      chiefComplaint: "Painful swollen right knee, unable to bear weight.",
      course: [
        "Arthrocentesis: negatively birefringent crystals, no organisms.",
        "Treated with prednisone (NSAIDs avoided given CKD and anticoagulation).",
        "Physical therapy evaluation completed.",
      ],
      dischargeInstructions: [
        "Prednisone taper over 10 days.",
        "Continue allopurinol.",
        "Avoid alcohol and high-purine foods during recovery.",
      ],
    },
  ],
};
