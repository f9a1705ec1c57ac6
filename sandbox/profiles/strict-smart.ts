import { OPAQUE_PAGING } from "./paging-styles";
import type { SandboxProfile } from "./profile";
import { noExtraRules } from "./search-rules";

/** The skeleton's behaviour: SMART App Launch 2.x as the specification reads, nothing vendor-specific. */
export const STRICT_SMART: SandboxProfile = {
  name: "strict-smart",
  label: "Strict SMART App Launch 2.x",
  personas: {
    provider: { basePath: "/fhir", authorizePath: "/auth/authorize" },
    patient: { basePath: "/fhir", authorizePath: "/auth/authorize" },
  },
  tokenPath: "/auth/token",
  clients: [{ clientId: "ccda-viewer", personas: ["provider", "patient"] }],
  grantsScope: () => true,
  scopeRule: "SMART v1 (.read) and v2 (.rs, .r, .s) scopes",
  binaryNeedsDocumentReference: false,
  pkce: "required",
  advertisePkce: true,
  tokenLifetimeSeconds: 570,
  refreshIntervalSeconds: 0,
  oauthErrors: "description",
  paging: OPAQUE_PAGING,
  searchTotal: true,
  absoluteAttachmentUrls: false,
  docref: "none",
  operations: {},
  binaryAccept: "negotiate",
  resourceJsonType: "application/fhir+json",
  extraSearchParams: [],
  checkSearch: noExtraRules,
  dataFlavor: "generic",
};
