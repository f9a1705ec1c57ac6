import type { Patient } from "fhir/r4";

/** "Given Family" from the first usable name, else the id: what the EHR page and the picker show. */
export function patientName(patient: Patient): string {
  const name = patient.name?.find((n) => n.use === "official") ?? patient.name?.[0];
  if (name?.text !== undefined && name.text !== "") return name.text;
  const parts = [...(name?.given ?? []), name?.family ?? ""].filter((p) => p !== "");
  return parts.length > 0 ? parts.join(" ") : (patient.id ?? "Unknown patient");
}

export function patientMrn(patient: Patient): string {
  const identifiers = patient.identifier ?? [];
  const mrn = identifiers.find((i) => i.type?.coding?.some((c) => c.code === "MR")) ?? identifiers[0];
  return mrn?.value ?? "";
}
