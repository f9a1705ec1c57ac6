import type { CapabilityStatement } from "fhir/r4";
import type { SandboxContext } from "../context";
import { scopesSupported } from "./scopes";

/** The authorize endpoint of the request's persona (Millennium has one per persona). */
export function authorizeEndpoint(ctx: SandboxContext): string {
  return `${ctx.origin}${ctx.profile.personas[ctx.persona].authorizePath}`;
}

export function tokenEndpoint(ctx: SandboxContext): string {
  return `${ctx.origin}${ctx.profile.tokenPath}`;
}

/** permission-v1 / permission-v2, from what the registration grants. */
function permissionCapabilities(ctx: SandboxContext): string[] {
  const grants = (permission: string) =>
    ctx.profile.grantsScope({ context: "patient", type: "DocumentReference", permission });
  return [...(grants("read") ? ["permission-v1"] : []), ...(grants("rs") ? ["permission-v2"] : [])];
}

/** `GET <fhirBase>/.well-known/smart-configuration` (SMART App Launch 2.x §Discovery). */
export function smartConfiguration(ctx: SandboxContext): Record<string, unknown> {
  return {
    issuer: ctx.fhirBase,
    jwks_uri: `${ctx.origin}/auth/jwks`,
    authorization_endpoint: authorizeEndpoint(ctx),
    token_endpoint: tokenEndpoint(ctx),
    token_endpoint_auth_methods_supported: ["none"],
    grant_types_supported: ["authorization_code", "refresh_token"],
    ...(ctx.profile.advertisePkce ? { code_challenge_methods_supported: ["S256"] } : {}),
    response_types_supported: ["code"],
    scopes_supported: scopesSupported(ctx.profile.grantsScope),
    capabilities: [
      "launch-ehr",
      "launch-standalone",
      "client-public",
      "context-ehr-patient",
      "context-ehr-encounter",
      "context-standalone-patient",
      ...permissionCapabilities(ctx),
      "permission-patient",
      "permission-user",
      "permission-online",
      "permission-offline",
      "sso-openid-connect",
      "context-banner",
      "context-style",
    ],
  };
}

const DOCREF_SEARCH_PARAMS = [
  ["patient", "reference"],
  ["subject", "reference"],
  ["_id", "token"],
  ["type", "token"],
  ["category", "token"],
  ["date", "date"],
  ["status", "token"],
  ["_count", "number"],
  ["_sort", "string"],
] as const;

function operationsOf(ctx: SandboxContext, type: "DocumentReference" | "Binary") {
  const operations = ctx.profile.operations[type];
  return operations === undefined ? {} : { operation: operations.map((o) => ({ ...o })) };
}

/** `GET <fhirBase>/metadata`: a CapabilityStatement saying exactly what this server does. */
export function capabilityStatement(ctx: SandboxContext): CapabilityStatement {
  return {
    resourceType: "CapabilityStatement",
    status: "active",
    date: "2026-01-01",
    kind: "instance",
    software: { name: `C-CDA Viewer sandbox (${ctx.profile.label})` },
    implementation: { description: "SMART App Launch 2.x sandbox FHIR R4 server", url: ctx.fhirBase },
    fhirVersion: "4.0.1",
    format: ["application/fhir+json", "json"],
    rest: [
      {
        mode: "server",
        security: {
          cors: true,
          service: [
            {
              coding: [
                {
                  system: "http://terminology.hl7.org/CodeSystem/restful-security-service",
                  code: "SMART-on-FHIR",
                },
              ],
            },
          ],
          extension: [
            {
              url: "http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris",
              extension: [
                { url: "authorize", valueUri: authorizeEndpoint(ctx) },
                { url: "token", valueUri: tokenEndpoint(ctx) },
              ],
            },
          ],
        },
        resource: [
          { type: "Patient", interaction: [{ code: "read" }] },
          {
            type: "DocumentReference",
            interaction: [{ code: "read" }, { code: "search-type" }],
            searchParam: [
              ...DOCREF_SEARCH_PARAMS.map(([name, type]) => ({ name, type })),
              ...ctx.profile.extraSearchParams.map((name) => ({ name, type: "date" as const })),
            ],
            ...operationsOf(ctx, "DocumentReference"),
          },
          { type: "Binary", interaction: [{ code: "read" }], ...operationsOf(ctx, "Binary") },
        ],
      },
    ],
  };
}

/** `GET /smart-style.json`, the smart_style_url of every token response (SMART "context-style"). */
export const SMART_STYLE = {
  color_background: "#edeae3",
  color_error: "#9e2d2d",
  color_highlight: "#69b5ce",
  color_modal_backdrop: "",
  color_success: "#498e49",
  color_text: "#303030",
  dim_border_radius: "6px",
  dim_font_size: "13px",
  dim_spacing_size: "20px",
  font_family_body: "Georgia, Times, 'Times New Roman', serif",
  font_family_heading: "'HelveticaNeue-Light', Helvetica, Arial, 'Lucida Grande', sans-serif",
};
