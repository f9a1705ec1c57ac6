import { screen, within } from "@testing-library/react";
import type { Patient } from "fhir/r4";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { PatientBanner } from "../../../src/features/documents/patient-banner";
import { patientIdentifier, patientName } from "../../../src/features/documents/patient-display";
import { createFakeSession, TEST_FHIR_BASE } from "../fhir/fake-session";
import { renderWithClient } from "./render-with-client";
import { setupMswServerForFile } from "../fhir/msw-server";

const ava: Patient = {
  resourceType: "Patient",
  id: "p-1",
  name: [
    { use: "nickname", given: ["Avi"] },
    { use: "official", given: ["Ava", "Maria"], family: "Reyes" },
  ],
  birthDate: "1984-02-29",
  gender: "female",
  identifier: [
    { system: "urn:ssn", value: "999-99-9999", type: { text: "SSN" } },
    { system: "urn:mrn", value: "MRN-12345", type: { coding: [{ code: "MR" }] } },
  ],
};

const server = setupMswServerForFile();

describe("PatientBanner", () => {
  it("shows name, birth date, sex and MRN in a region named Patient", async () => {
    server.use(http.get(`${TEST_FHIR_BASE}/Patient/p-1`, () => HttpResponse.json(ava)));
    renderWithClient(<PatientBanner session={createFakeSession()} />);
    const banner = screen.getByRole("region", { name: "Patient" });
    expect(await within(banner).findByText("Ava Maria Reyes")).toBeInTheDocument();
    expect(banner).toHaveTextContent("Born Feb 29, 1984");
    expect(banner).toHaveTextContent("Sex Female");
    expect(banner).toHaveTextContent("MRN MRN-12345");
    expect(banner).not.toHaveTextContent("999-99-9999");
  });

  it("says why the details are missing when the read fails", async () => {
    server.use(
      http.get(`${TEST_FHIR_BASE}/Patient/p-1`, () =>
        HttpResponse.json(
          {
            resourceType: "OperationOutcome",
            issue: [
              { severity: "error", code: "forbidden", diagnostics: "patient/Patient.read not granted" },
            ],
          },
          { status: 403 },
        ),
      ),
    );
    renderWithClient(<PatientBanner session={createFakeSession()} />);
    expect(
      await screen.findByText(/Patient details unavailable: .*patient\/Patient\.read not granted/),
    ).toBeInTheDocument();
  });
});

describe("patient display helpers", () => {
  it("falls back through name text, usual, first name, and unnamed", () => {
    expect(patientName({ resourceType: "Patient", name: [{ text: " Dr. A B " }] })).toBe("Dr. A B");
    expect(
      patientName({ resourceType: "Patient", name: [{ use: "usual", given: ["Bo"] }, { family: "X" }] }),
    ).toBe("Bo");
    expect(patientName({ resourceType: "Patient", name: [{}] })).toBe("Unnamed patient");
  });

  it("uses the first identifier when none is marked as MRN", () => {
    expect(
      patientIdentifier({
        resourceType: "Patient",
        identifier: [{ value: "" }, { value: "42", type: { text: "Enterprise ID" } }],
      }),
    ).toEqual({ label: "Enterprise ID", value: "42" });
    expect(patientIdentifier({ resourceType: "Patient" })).toBeUndefined();
  });
});
