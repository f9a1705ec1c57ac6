/**
 * SMART scopes: parsing (v1 `.read` and v2 `.rs`/`.r`/`.s`), what this read-only server grants, denial from the
 * launch options, and the per-resource check the FHIR API makes.
 */
export const SERVED_TYPES = ["Patient", "DocumentReference", "Binary"] as const;

const IDENTITY_AND_CONTEXT_SCOPES = new Set([
  "launch",
  "launch/patient",
  "launch/encounter",
  "openid",
  "fhirUser",
  "profile",
  "online_access",
  "offline_access",
]);

export type Interaction = "read" | "search";

export interface ResourceScope {
  context: "patient" | "user";
  /** A served type or `*`. */
  type: string;
  /** The permission suffix as written: `read`, `rs`, `r` or `s`. */
  permission: string;
}

const RESOURCE_SCOPE = /^(patient|user)\/([A-Za-z]+|\*)\.(read|rs|r|s)$/;

/** A resource scope this server can honour, or undefined (writes, system/, constraints, unknown types). */
export function parseResourceScope(scope: string): ResourceScope | undefined {
  const match = RESOURCE_SCOPE.exec(scope);
  if (!match) return undefined;
  const [, context, type, permission] = match;
  if (context === undefined || type === undefined || permission === undefined) return undefined;
  if (type !== "*" && !(SERVED_TYPES as readonly string[]).includes(type)) return undefined;
  return { context: context === "patient" ? "patient" : "user", type, permission };
}

export function splitScopes(scope: string): string[] {
  return [...new Set(scope.split(/\s+/).filter((s) => s !== ""))];
}

function allows(scope: ResourceScope, interaction: Interaction): boolean {
  if (scope.permission === "read" || scope.permission === "rs") return true;
  return interaction === "read" ? scope.permission === "r" : scope.permission === "s";
}

/** Removes denied scopes. Denying a type removes it in both patient/ and user/ forms, v1 and v2, and carves it
 *  out of a wildcard (`patient/*.read` becomes the other served types), so the denial is really enforced. */
function applyDenials(granted: string[], denied: string[]): string[] {
  let result = granted.filter((s) => !denied.includes(s));
  for (const deny of denied.map(parseResourceScope)) {
    if (deny === undefined) continue;
    result = result.flatMap((scope) => {
      const parsed = parseResourceScope(scope);
      if (parsed === undefined) return [scope];
      if (deny.type === "*" || parsed.type === deny.type) return [];
      if (parsed.type !== "*") return [scope];
      return SERVED_TYPES.filter((t) => t !== deny.type).map(
        (t) => `${parsed.context}/${t}.${parsed.permission}`,
      );
    });
  }
  return [...new Set(result)];
}

/**
 * The granted scopes: requested, minus what this server does not support or the client's registration does not
 * allow (`registered`, the profile's rule: e.g. Millennium's v2 registration silently drops v1 `.read`), minus
 * what the launch denies.
 */
export function grantScopes(
  requested: string,
  denied: string[],
  registered: (scope: ResourceScope) => boolean = () => true,
): string[] {
  const supported = splitScopes(requested).filter((s) => {
    if (IDENTITY_AND_CONTEXT_SCOPES.has(s)) return true;
    const parsed = parseResourceScope(s);
    return parsed !== undefined && registered(parsed);
  });
  return applyDenials(supported, denied);
}

export function hasResourceAccess(granted: string[], type: string, interaction: Interaction): boolean {
  return granted.some((s) => {
    const parsed = parseResourceScope(s);
    return (
      parsed !== undefined && (parsed.type === "*" || parsed.type === type) && allows(parsed, interaction)
    );
  });
}

export function missingScopeMessage(type: string): string {
  return `Missing scope: patient/${type}.read (or patient/${type}.rs)`;
}

const CANDIDATE_SCOPES = [
  ...SERVED_TYPES.flatMap((t) => ["read", "rs", "r"].flatMap((p) => [`patient/${t}.${p}`, `user/${t}.${p}`])),
  "patient/*.read",
  "patient/*.rs",
];

/** `scopes_supported` for discovery: the identity scopes and the resource scopes the registration grants. */
export function scopesSupported(registered: (scope: ResourceScope) => boolean = () => true): string[] {
  const resource = CANDIDATE_SCOPES.filter((s) => {
    const parsed = parseResourceScope(s);
    return parsed !== undefined && registered(parsed);
  });
  return [...IDENTITY_AND_CONTEXT_SCOPES, ...resource];
}
