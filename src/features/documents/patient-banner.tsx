import { useQuery } from "@tanstack/react-query";
import { patientQueryOptions } from "../../fhir/queries";
import type { SmartSession } from "../../fhir/smart-session";
import { describeError } from "../../lib/describe-error";
import { formatFhirDate } from "../../lib/format-date";
import { genderText, patientIdentifier, patientName } from "./patient-display";

export function PatientBanner({ session }: { session: SmartSession }) {
  const { data: patient, error, isPending } = useQuery(patientQueryOptions(session));
  let body;
  if (isPending) {
    body = <span className="patient-banner__muted">Loading patient…</span>;
  } else if (patient === undefined) {
    body = (
      <span className="patient-banner__muted">
        Patient details unavailable: {describeError(error).detail}
      </span>
    );
  } else {
    const identifier = patientIdentifier(patient);
    const gender = genderText(patient.gender);
    body = (
      <>
        <strong className="patient-banner__name">{patientName(patient)}</strong>
        {patient.birthDate === undefined ? null : (
          <span>
            Born <time dateTime={patient.birthDate}>{formatFhirDate(patient.birthDate)}</time>
          </span>
        )}
        {gender === undefined ? null : <span>Sex {gender}</span>}
        {identifier === undefined ? null : (
          <span>
            {identifier.label} {identifier.value}
          </span>
        )}
      </>
    );
  }
  return (
    <section className="patient-banner" aria-label="Patient">
      {body}
    </section>
  );
}
