import { SignJWT } from "jose";
import type { SandboxContext } from "../context";
import type { SessionClaims } from "./tokens";

const ID_TOKEN_LIFETIME_SECONDS = 3600;

/** The signed-in user: the EHR's clinician for an EHR launch, the patient themselves for a standalone launch. */
export function fhirUserOf(ctx: SandboxContext, session: SessionClaims): { sub: string; fhirUser: string } {
  if (session.launchType === "standalone") {
    return { sub: session.patient, fhirUser: `${ctx.fhirBase}/Patient/${session.patient}` };
  }
  const practitioner = ctx.dataset.practitioners[0]?.id ?? "sandbox-practitioner";
  return { sub: practitioner, fhirUser: `${ctx.fhirBase}/Practitioner/${practitioner}` };
}

/** An OpenID Connect id_token (RS256, key published at /auth/jwks). */
export async function signIdToken(
  ctx: SandboxContext,
  session: SessionClaims,
  clientId: string,
): Promise<string> {
  const { sub, fhirUser } = fhirUserOf(ctx, session);
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ fhirUser })
    .setProtectedHeader({
      alg: "RS256",
      typ: "JWT",
      ...(ctx.keys.publicJwk.kid ? { kid: ctx.keys.publicJwk.kid } : {}),
    })
    .setIssuer(ctx.fhirBase)
    .setSubject(sub)
    .setAudience(clientId)
    .setIssuedAt(now)
    .setExpirationTime(now + ID_TOKEN_LIFETIME_SECONDS)
    .sign(ctx.keys.idTokenKey);
}
