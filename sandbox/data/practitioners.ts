/** The sample clinicians and facilities (invented) and their FHIR resources. */
import type { Address, OrganizationProfile, PractitionerProfile } from "./profiles";
import { OID, snomed } from "./profiles";

const TAXONOMY = "2.16.840.1.113883.6.101";
const taxonomy = (code: string, display: string) => ({ code, display, system: TAXONOMY });
const addr = (line: string, city: string, postalCode: string): Address => ({
  lines: [line],
  city,
  state: "IL",
  postalCode,
  country: "US",
});

export const ORGANIZATIONS: readonly OrganizationProfile[] = [
  {
    id: "org-riverbend-hospital",
    name: "Riverbend Community Hospital",
    npi: "1952004111",
    address: addr("1200 River Parkway", "Riverbend", "61820"),
    phone: "+1-217-555-1000",
    email: "him@riverbend-hospital.example",
    facilityType: snomed("22232009", "Hospital"),
    practiceSetting: snomed("419192003", "Internal medicine"),
    zone: "central",
  },
  {
    id: "org-northgate-fm",
    name: "Northgate Family Medicine",
    npi: "1952004129",
    address: addr("45 Northgate Plaza, Suite 210", "Riverbend", "61821"),
    phone: "+1-217-555-2200",
    email: "frontdesk@northgate-fm.example",
    facilityType: snomed("35971002", "Ambulatory care site"),
    practiceSetting: snomed("394814009", "General practice"),
    zone: "central",
  },
  {
    id: "org-lakeside-heart",
    name: "Lakeside Heart & Vascular Center",
    npi: "1952004137",
    address: addr("9 Lakeshore Medical Campus", "Lakeside", "61822"),
    phone: "+1-217-555-3300",
    email: "referrals@lakeside-heart.example",
    facilityType: snomed("33022008", "Hospital-based outpatient clinic or department"),
    practiceSetting: snomed("394579002", "Cardiology"),
    zone: "eastern",
  },
  {
    id: "org-cedar-valley-gi",
    name: "Cedar Valley Gastroenterology Associates",
    npi: "1952004145",
    address: addr("310 Cedar Valley Road", "Riverbend", "61820"),
    phone: "+1-217-555-4400",
    email: "office@cedarvalley-gi.example",
    facilityType: snomed("35971002", "Ambulatory care site"),
    practiceSetting: snomed("394584008", "Gastroenterology"),
    zone: "central",
  },
  {
    id: "org-summit-pulmonary",
    name: "Summit Pulmonary & Sleep Clinic",
    npi: "1952004152",
    address: addr("18 Summit Avenue", "Riverbend", "61821"),
    phone: "+1-217-555-5500",
    email: "care@summit-pulm.example",
    facilityType: snomed("35971002", "Ambulatory care site"),
    practiceSetting: snomed("418112009", "Pulmonary medicine"),
    zone: "central",
  },
];

export const PRACTITIONERS: readonly PractitionerProfile[] = [
  {
    id: "pr-priya-raman",
    name: { given: ["Priya"], family: "Raman", suffix: "MD" },
    npi: "1639201456",
    specialty: taxonomy("207R00000X", "Internal Medicine"),
    phone: "+1-217-555-2201",
    organizationId: "org-northgate-fm",
  },
  {
    id: "pr-grace-lindqvist",
    name: { given: ["Grace"], family: "Lindqvist", suffix: "FNP-C" },
    npi: "1639201464",
    specialty: taxonomy("363LF0000X", "Nurse Practitioner, Family"),
    phone: "+1-217-555-2202",
    organizationId: "org-northgate-fm",
  },
  {
    id: "pr-tomas-ibarra",
    name: { given: ["Tomás"], family: "Ibarra", suffix: "MD" },
    npi: "1639201472",
    specialty: taxonomy("208M00000X", "Hospitalist"),
    phone: "+1-217-555-1010",
    organizationId: "org-riverbend-hospital",
  },
  {
    id: "pr-noor-haddad",
    name: { given: ["Noor"], family: "Haddad", suffix: "DO" },
    npi: "1639201480",
    specialty: taxonomy("208M00000X", "Hospitalist"),
    phone: "+1-217-555-1011",
    organizationId: "org-riverbend-hospital",
  },
  {
    id: "pr-samuel-whitford",
    name: { given: ["Samuel", "J."], family: "Whitford", suffix: "MD, FACC" },
    npi: "1639201498",
    specialty: taxonomy("207RC0000X", "Cardiovascular Disease"),
    phone: "+1-217-555-3301",
    organizationId: "org-lakeside-heart",
  },
  {
    id: "pr-helena-brandt",
    name: { given: ["Helena"], family: "Brandt", suffix: "MD" },
    npi: "1639201506",
    specialty: taxonomy("207RG0100X", "Gastroenterology"),
    phone: "+1-217-555-4401",
    organizationId: "org-cedar-valley-gi",
  },
  {
    id: "pr-kwame-asante",
    name: { given: ["Kwame"], family: "Asante", suffix: "MD" },
    npi: "1639201514",
    specialty: taxonomy("207RP1001X", "Pulmonary Disease"),
    phone: "+1-217-555-5501",
    organizationId: "org-summit-pulmonary",
  },
  {
    id: "pr-jordan-ellis",
    name: { given: ["Jordan"], family: "Ellis", suffix: "RN" },
    npi: "1639201522",
    specialty: taxonomy("163W00000X", "Registered Nurse"),
    phone: "+1-217-555-1020",
    organizationId: "org-riverbend-hospital",
  },
];

export function practitioner(id: string): PractitionerProfile {
  const found = PRACTITIONERS.find((p) => p.id === id);
  if (found === undefined) throw new RangeError(`Unknown practitioner ${id}`);
  return found;
}

export function organization(id: string): OrganizationProfile {
  const found = ORGANIZATIONS.find((o) => o.id === id);
  if (found === undefined) throw new RangeError(`Unknown organization ${id}`);
  return found;
}

/** OID used for NPI identifiers in CDA. */
export const NPI_ROOT = OID.npi;
