/**
 * Reads the scope the server actually GRANTED (token response `scope`), which may be less than requested:
 * Oracle Health drops v1 `.read` scopes for a client registered for SMART v2, and administrators trim scopes.
 * Pure: the viewer uses the result to explain, before any request fails, what is missing and who can fix it.
 */

export type ScopeSyntax = "v1" | "v2";
export type Need = "read" | "search";
export type ResourceNeed = readonly [resource: "DocumentReference" | "Binary", need: Need];

/** The list needs DocumentReference search; opening a document needs Binary read. */
export const VIEWER_NEEDS: readonly ResourceNeed[] = [
  ["DocumentReference", "search"],
  ["Binary", "read"],
];

interface ParsedScope {
  readonly context: string;
  readonly resource: string;
  readonly reads: boolean;
  readonly searches: boolean;
  readonly syntax: ScopeSyntax;
}

const SCOPE = /^(patient|user|system)\/([A-Za-z]+|\*)\.([a-z*]+)(\?.*)?$/;

export function parseResourceScope(word: string): ParsedScope | undefined {
  const match = SCOPE.exec(word);
  if (match === null) return undefined;
  const [, context = "", resource = "", permission = ""] = match;
  if (permission === "read" || permission === "*") {
    return { context, resource, reads: true, searches: true, syntax: "v1" };
  }
  if (permission === "write" || !/^c?r?u?d?s?$/.test(permission)) return undefined;
  return {
    context,
    resource,
    reads: permission.includes("r"),
    searches: permission.includes("s"),
    syntax: "v2",
  };
}

function words(scope: string | undefined): string[] {
  return (scope ?? "").split(/\s+/).filter((word) => word !== "");
}

function covers(parsed: ParsedScope, resource: string, need: Need): boolean {
  if (parsed.resource !== resource && parsed.resource !== "*") return false;
  if (parsed.context === "system") return false;
  return need === "read" ? parsed.reads : parsed.searches;
}

export function grants(scope: string | undefined, resource: string, need: Need): boolean {
  return words(scope).some((word) => {
    const parsed = parseResourceScope(word);
    return parsed !== undefined && covers(parsed, resource, need);
  });
}

export interface MissingScope {
  readonly resource: "DocumentReference" | "Binary";
  readonly need: Need;
  /** The scope to add, in the server's syntax (patient/Binary.r, patient/DocumentReference.read …). */
  readonly scope: string;
  /** True when the app asked for it and the server left it out; false when the app never asked. */
  readonly requested: boolean;
}

export interface ScopeReport {
  readonly missing: readonly MissingScope[];
  /** The app asked in v1 syntax and the server granted only v2 (or nothing) of it: a v2 registration. */
  readonly v1DroppedByV2Server: boolean;
}

function syntaxOf(scope: string): ScopeSyntax {
  return words(scope).some((word) => parseResourceScope(word)?.syntax === "v2") ? "v2" : "v1";
}

function suggestion(resource: string, need: Need, syntax: ScopeSyntax, requested: string): string {
  const context =
    words(requested)
      .map(parseResourceScope)
      .find((parsed) => parsed !== undefined && parsed.context !== "system")?.context ?? "patient";
  if (syntax === "v1") return `${context}/${resource}.read`;
  return `${context}/${resource}.${need === "search" ? "rs" : "r"}`;
}

/**
 * Compares the granted scope with what the viewer needs. A missing `scope` in the token response means
 * "as requested" (RFC 6749 §5.1), so only the requested scope is checked then.
 */
export function checkGrantedScopes(requested: string, granted: string | undefined): ScopeReport {
  // Nothing known either way (a client built without a scope): nothing to judge.
  if (granted === undefined && words(requested).length === 0)
    return { missing: [], v1DroppedByV2Server: false };
  const effective = granted ?? requested;
  const syntax = syntaxOf(requested);
  const missing = VIEWER_NEEDS.filter(([resource, need]) => !grants(effective, resource, need)).map(
    ([resource, need]): MissingScope => ({
      resource,
      need,
      scope: suggestion(resource, need, syntax, requested),
      requested: grants(requested, resource, need),
    }),
  );
  const askedV1 = words(requested).some((word) => parseResourceScope(word)?.syntax === "v1");
  const grantedV1 = words(granted).some((word) => parseResourceScope(word)?.syntax === "v1");
  return {
    missing,
    v1DroppedByV2Server: granted !== undefined && askedV1 && !grantedV1 && missing.some((m) => m.requested),
  };
}
