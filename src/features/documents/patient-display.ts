import type { HumanName, Identifier, Patient } from "fhir/r4";

function nameText(name: HumanName): string | undefined {
  if (name.text !== undefined && name.text.trim() !== "") return name.text.trim();
  const parts = [...(name.prefix ?? []), ...(name.given ?? []), name.family, ...(name.suffix ?? [])];
  const text = parts.filter((part): part is string => part !== undefined && part.trim() !== "").join(" ");
  return text === "" ? undefined : text;
}

/** The official (else usual, else first) name that has any text. */
export function patientName(patient: Patient): string {
  const names = patient.name ?? [];
  const ordered = [
    ...names.filter((name) => name.use === "official"),
    ...names.filter((name) => name.use === "usual"),
    ...names,
  ];
  for (const name of ordered) {
    const text = nameText(name);
    if (text !== undefined) return text;
  }
  return "Unnamed patient";
}

function isMrn(identifier: Identifier): boolean {
  const type = identifier.type;
  return (
    type?.coding?.some((coding) => coding.code === "MR") === true ||
    /\bMRN\b|medical record/i.test(type?.text ?? "")
  );
}

/** The medical record number when marked as such, else the first identifier with a value. */
export function patientIdentifier(patient: Patient): { label: string; value: string } | undefined {
  const withValue = (patient.identifier ?? []).filter(
    (identifier) => identifier.value !== undefined && identifier.value !== "",
  );
  const mrn = withValue.find(isMrn);
  const chosen = mrn ?? withValue[0];
  if (chosen?.value === undefined) return undefined;
  const label = mrn !== undefined ? "MRN" : (chosen.type?.text ?? chosen.type?.coding?.[0]?.display ?? "ID");
  return { label, value: chosen.value };
}

export function genderText(gender: Patient["gender"]): string | undefined {
  if (gender === undefined) return undefined;
  return gender.charAt(0).toUpperCase() + gender.slice(1);
}
