import { OPAQUE_PAGING } from "./paging-styles";
import type { SandboxProfile } from "./profile";
import { STRICT_SMART } from "./strict-smart";

const PREFIX = "/interconnect-fhir-oauth";

/**
 * Epic on FHIR: the sandbox's paths, relative `Binary/<id>` attachment urls, PKCE S256 and `aud` required,
 * clinical notes offered as HTML and RTF renditions of one DocumentReference, one-hour access tokens.
 */
export const EPIC: SandboxProfile = {
  ...STRICT_SMART,
  name: "epic",
  label: "Epic on FHIR (R4)",
  personas: {
    provider: { basePath: `${PREFIX}/api/FHIR/R4`, authorizePath: `${PREFIX}/oauth2/authorize` },
    patient: { basePath: `${PREFIX}/api/FHIR/R4`, authorizePath: `${PREFIX}/oauth2/authorize` },
  },
  tokenPath: `${PREFIX}/oauth2/token`,
  tokenLifetimeSeconds: 3600,
  paging: OPAQUE_PAGING,
  dataFlavor: "epic",
};
