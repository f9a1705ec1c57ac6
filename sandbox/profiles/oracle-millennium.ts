import { PAGE_CONTEXT_PAGING } from "./paging-styles";
import type { SandboxProfile } from "./profile";
import { millenniumSearchRules } from "./search-rules";

export const MILLENNIUM_TENANT = "ec2458f2-1e24-41c8-b71b-0e701af7583d";
const OAUTH = `/tenants/${MILLENNIUM_TENANT}/protocols/oauth2/profiles/smart-v1`;

/**
 * Oracle Health Millennium R4: provider (fhir-ehr) and patient (fhir-myrecord) personas on different bases, one
 * code Console registration per persona (SMART v2: v1 `.read` scopes silently dropped), 570 s tokens with throttled
 * refresh, `pageContext` paging that repeats entries, strict date rules, `$docref` with an on-demand CCD, and
 * OAuth errors carrying only `error_uri`.
 */
export const ORACLE_MILLENNIUM: SandboxProfile = {
  name: "oracle-millennium",
  label: "Oracle Health Millennium (R4)",
  tenant: MILLENNIUM_TENANT,
  personas: {
    provider: {
      basePath: `/fhir-ehr/r4/${MILLENNIUM_TENANT}`,
      authorizePath: `${OAUTH}/personas/provider/authorize`,
    },
    patient: {
      basePath: `/fhir-myrecord/r4/${MILLENNIUM_TENANT}`,
      authorizePath: `${OAUTH}/personas/patient/authorize`,
    },
  },
  tokenPath: `${OAUTH}/token`,
  clients: [
    { clientId: "ccda-viewer", personas: ["provider"] },
    { clientId: "ccda-viewer-patient", personas: ["patient"] },
  ],
  // As the live scopes_supported lists them: `.rs` for Patient and DocumentReference, only `.r` for Binary.
  grantsScope: (scope) => scope.type !== "*" && scope.permission === (scope.type === "Binary" ? "r" : "rs"),
  scopeRule:
    "SMART v2 registration: Patient.rs, DocumentReference.rs, Binary.r; v1 .read scopes are silently dropped",
  binaryNeedsDocumentReference: true,
  pkce: "optional",
  advertisePkce: true,
  tokenLifetimeSeconds: 570,
  refreshIntervalSeconds: 60,
  oauthErrors: "error-uri",
  paging: PAGE_CONTEXT_PAGING,
  searchTotal: false,
  absoluteAttachmentUrls: true,
  docref: "autogen-ccd",
  operations: {
    DocumentReference: [
      {
        name: "USCoreFetchDocumentReferences",
        definition: "http://hl7.org/fhir/us/core/OperationDefinition/docref",
      },
    ],
    Binary: [
      {
        name: "autogen-ccd-if",
        definition: "https://fhir-ehr.cerner.com/r4/OperationDefinition/binary-autogen-ccd-if",
      },
    ],
  },
  binaryAccept: "negotiate",
  resourceJsonType: "application/fhir+json",
  extraSearchParams: ["period"],
  checkSearch: millenniumSearchRules,
  dataFlavor: "millennium",
};
