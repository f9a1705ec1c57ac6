/**
 * A vendor profile: how one EHR's authorization server and FHIR API behave, as data plus a few small hooks. The
 * request handlers read these fields instead of testing the profile's name (see README.md in this folder).
 */
import type { BundleLink } from "fhir/r4";
import type { DataFlavor } from "../data/types";
import type { ResourceScope } from "../auth/scopes";

export const PROFILE_NAMES = ["strict-smart", "oracle-soarian", "oracle-millennium", "epic"] as const;
export type ProfileName = (typeof PROFILE_NAMES)[number];

/** Millennium serves clinicians and patients on different bases (fhir-ehr vs fhir-myrecord). */
export type Persona = "provider" | "patient";
export const PERSONAS: readonly Persona[] = ["provider", "patient"];

export interface PersonaEndpoints {
  /** FHIR base path on the sandbox origin, e.g. `/fhir`. */
  basePath: string;
  authorizePath: string;
}

/** A client registration: which personas it may use (a code Console app has exactly one). */
export interface ClientRegistration {
  clientId: string;
  personas: readonly Persona[];
}

/** How search result pages are linked. `offset` is where the requested page starts in the sorted result ids. */
export interface PagingStyle {
  /** Query parameters that belong to paging (dropped from the base of every link, ignored by strict handling). */
  params: readonly string[];
  offset: (params: URLSearchParams, ids: readonly string[]) => number;
  links: (base: URL, offset: number, count: number, ids: readonly string[]) => BundleLink[];
}

export type OAuthErrorStyle = "description" | "error-uri";

/** An operation as the vendor's CapabilityStatement lists it (names differ: `$docref`, `USCoreFetchDocumentReferences`). */
export interface AdvertisedOperation {
  name: string;
  definition: string;
}

export interface SandboxProfile {
  name: ProfileName;
  /** What the EHR simulator and the landing page call it. */
  label: string;
  tenant?: string;
  personas: Readonly<Record<Persona, PersonaEndpoints>>;
  tokenPath: string;
  clients: readonly ClientRegistration[];
  /** Which resource scopes the registration lets the server grant (the rest is silently dropped). */
  grantsScope: (scope: ResourceScope) => boolean;
  /** Human words for the scope rule, shown on the EHR page. */
  scopeRule: string;
  /** Oracle Health: reading a Binary also needs DocumentReference read. */
  binaryNeedsDocumentReference: boolean;
  pkce: "required" | "optional";
  advertisePkce: boolean;
  tokenLifetimeSeconds: number;
  /** Minimum seconds between two refreshes of one session (0: no throttling). */
  refreshIntervalSeconds: number;
  oauthErrors: OAuthErrorStyle;
  paging: PagingStyle;
  searchTotal: boolean;
  /** Attachment urls as absolute `<base>/Binary/<id>` (Oracle Health) instead of relative `Binary/<id>`. */
  absoluteAttachmentUrls: boolean;
  docref: "none" | "soen-search" | "autogen-ccd";
  /** Operations listed in `metadata` per resource type, worded as the vendor words them. */
  operations: Readonly<Partial<Record<"DocumentReference" | "Binary", readonly AdvertisedOperation[]>>>;
  /** `json-only`: Binary comes only as the JSON resource; any other Accept is a bare 406 (Soarian). */
  binaryAccept: "negotiate" | "json-only";
  /** Media type of DocumentReference responses and OperationOutcomes. */
  resourceJsonType: string;
  /** DocumentReference search parameters beyond the common ones (Millennium: `period`, a date). */
  extraSearchParams: readonly string[];
  /** Extra validation of a DocumentReference search (throws FhirError). */
  checkSearch: (params: URLSearchParams) => void;
  dataFlavor: DataFlavor;
}

/** Search parameters a profile accepts beyond the common ones: its paging parameters and its extras. */
export function searchAllowed(profile: SandboxProfile): readonly string[] {
  return [...profile.paging.params, ...profile.extraSearchParams];
}
