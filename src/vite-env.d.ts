/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** SMART client id registered at the EHR (default "ccda-viewer"). */
  readonly VITE_CLIENT_ID?: string;
  /** FHIR base of the development sandbox (default http://127.0.0.1:4010/fhir). */
  readonly VITE_SANDBOX_FHIR_BASE?: string;
  /** JSON array of {name, fhirBase, clientId?, scope?}: servers offered on the start page. */
  readonly VITE_FHIR_SERVERS?: string;
  /** Comma-separated origins or FHIR base URLs trusted as EHR-launch `iss`. */
  readonly VITE_ISS_ALLOWLIST?: string;
  /** Replaces the data scopes (everything except launch / launch/patient). */
  readonly VITE_SCOPES?: string;
  /** "v1" (default) or "v2": the SMART scope syntax of the default data scopes and of VITE_SCOPES. */
  readonly VITE_SCOPE_SYNTAX?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
