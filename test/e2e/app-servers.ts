/**
 * The app's per-issuer configuration for each e2e sandbox, as a deployer would write it into config.json:
 * what each vendor profile's registration needs (sandbox/profiles/README.md). A spec in sandboxes.ts may
 * override it with `appServers`.
 */

export interface E2eSandboxInfo {
  name: string;
  origin: string;
  /** The provider persona's base (what the EHR simulator launches with). */
  fhirBase: string;
  profile: string;
  personas: { provider: string; patient: string };
}

export type AppServerEntry = Record<string, unknown>;

export function appServersFor(info: E2eSandboxInfo): AppServerEntry[] {
  switch (info.profile) {
    case "oracle-millennium":
      // Two code Console registrations, one per persona; SMART v2 only; PowerChart-style per-window sessions.
      return [
        {
          name: `${info.name} (provider)`,
          fhirBase: info.personas.provider,
          clientId: "ccda-viewer",
          scopeSyntax: "v2",
          persona: "provider",
          perWindowSession: true,
        },
        {
          name: `${info.name} (patient)`,
          fhirBase: info.personas.patient,
          clientId: "ccda-viewer-patient",
          scopeSyntax: "v2",
          persona: "patient",
        },
      ];
    case "oracle-soarian":
      return [{ name: info.name, fhirBase: info.fhirBase, scopeSyntax: "v1", persona: "patient" }];
    case "epic":
      return [{ name: info.name, fhirBase: info.fhirBase, scopeSyntax: "v2" }];
    default:
      return [{ name: info.name, fhirBase: info.fhirBase }];
  }
}
