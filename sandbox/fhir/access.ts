import type { IncomingMessage } from "node:http";
import type { SandboxContext } from "../context";
import { launchOptionsFromClaim, type LaunchOptions } from "../launch-options";
import { hasResourceAccess, missingScopeMessage, splitScopes, type Interaction } from "../auth/scopes";
import { readSessionClaims, stringClaim, TokenError, verifyToken, type SessionClaims } from "../auth/tokens";
import { FhirError } from "./operation-outcome";

/** What a verified access token lets a FHIR request do. */
export interface FhirSession extends SessionClaims {
  scopes: string[];
  options: LaunchOptions;
}

function unauthorized(description: string): FhirError {
  return new FhirError(401, "login", description, {
    "WWW-Authenticate": `Bearer realm="sandbox", error="invalid_token", error_description="${description}"`,
  });
}

/** Verifies `Authorization: Bearer <access token>`; anything else is a 401 with WWW-Authenticate (RFC 6750). */
export async function authenticate(ctx: SandboxContext, req: IncomingMessage): Promise<FhirSession> {
  const header = req.headers.authorization ?? "";
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1]) throw unauthorized("An access token is required");
  try {
    const payload = await verifyToken(ctx.keys, "access", match[1]);
    const session = readSessionClaims(payload);
    // Millennium: a token issued for one persona's base is no good on the other's.
    if (session.persona !== undefined && ctx.personaBases[session.persona] !== ctx.fhirBase) {
      throw new TokenError("The access token was issued for another FHIR base");
    }
    return {
      ...session,
      scopes: splitScopes(stringClaim(payload, "scope") ?? ""),
      options: launchOptionsFromClaim(session.opts),
    };
  } catch (error) {
    if (error instanceof TokenError) throw unauthorized(error.message);
    throw error;
  }
}

/** Oracle Health: Binary read needs the Binary scope and DocumentReference read as well. */
export function requireBinaryScopes(ctx: SandboxContext, session: FhirSession): void {
  requireScope(session, "Binary", "read");
  if (
    ctx.profile.binaryNeedsDocumentReference &&
    !hasResourceAccess(session.scopes, "DocumentReference", "read")
  ) {
    throw new FhirError(
      403,
      "forbidden",
      "Missing scope: reading a Binary also needs DocumentReference read (patient/DocumentReference.read or .rs)",
      {
        "WWW-Authenticate": `Bearer realm="sandbox", error="insufficient_scope", scope="patient/DocumentReference.read"`,
      },
    );
  }
}

export function requireScope(session: FhirSession, type: string, interaction: Interaction): void {
  if (!hasResourceAccess(session.scopes, type, interaction)) {
    throw new FhirError(403, "forbidden", missingScopeMessage(type), {
      "WWW-Authenticate": `Bearer realm="sandbox", error="insufficient_scope", scope="patient/${type}.read"`,
    });
  }
}
