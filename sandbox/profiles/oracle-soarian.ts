import { BOOKMARK_PAGING } from "./paging-styles";
import type { SandboxProfile } from "./profile";
import { soarianSearchRules } from "./search-rules";

export const SOARIAN_TENANT = "2f8f5ec1-b7b8-4be5-ae27-e308284dd9c1";
const OAUTH = `/tenants/${SOARIAN_TENANT}/protocols/oauth2/profiles/smart-v1`;
const BASE = `/soarian/r4/${SOARIAN_TENANT}`;

/**
 * Oracle Health Soarian Clinicals R4: Summary of Episode Notes through Binary (always XML), clinical notes inline,
 * SMART v1 scopes only, `page` + `pageBookmark` paging, `application/json+fhir` answers, no PKCE advertised.
 */
export const ORACLE_SOARIAN: SandboxProfile = {
  name: "oracle-soarian",
  label: "Oracle Health Soarian Clinicals (R4)",
  tenant: SOARIAN_TENANT,
  personas: {
    provider: { basePath: BASE, authorizePath: `${OAUTH}/authorize` },
    patient: { basePath: BASE, authorizePath: `${OAUTH}/authorize` },
  },
  tokenPath: `${OAUTH}/token`,
  clients: [{ clientId: "ccda-viewer", personas: ["provider", "patient"] }],
  grantsScope: (scope) => scope.permission === "read" && scope.type !== "*",
  scopeRule: "SMART v1 scopes only (.read); v2 scopes and wildcards are not granted",
  binaryNeedsDocumentReference: true,
  pkce: "optional",
  advertisePkce: false,
  tokenLifetimeSeconds: 570,
  refreshIntervalSeconds: 0,
  oauthErrors: "description",
  paging: BOOKMARK_PAGING,
  searchTotal: false,
  absoluteAttachmentUrls: true,
  docref: "soen-search",
  operations: {
    DocumentReference: [
      { name: "$docref", definition: "http://hl7.org/fhir/us/core/OperationDefinition-docref.html" },
    ],
  },
  binaryAccept: "json-only",
  resourceJsonType: "application/json+fhir",
  extraSearchParams: [],
  checkSearch: soarianSearchRules,
  dataFlavor: "soarian",
};
