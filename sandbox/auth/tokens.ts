import { randomUUID } from "node:crypto";
import { SignJWT, jwtVerify, type JWTPayload } from "jose";
import type { SandboxKeys } from "./keys";
import type { Persona } from "../profiles/profile";

/**
 * Stateless signed tokens (like smart-launcher-v2): launch ids, codes, access and refresh tokens are HS256 JWTs.
 * The `kind` claim stops one kind being used as another (a code is not an access token).
 */
export type TokenKind = "launch" | "code" | "access" | "refresh";

export class TokenError extends Error {
  override readonly name = "TokenError";
}

/** The session facts every token after the launch carries. */
export interface SessionClaims {
  /** Session id: ties the code, tokens and per-session fault state together. */
  sid: string;
  patient: string;
  encounter?: string;
  /** Serialized launch options (see launch-options.ts). */
  opts: string;
  launchType: "ehr" | "standalone";
  /** The persona (FHIR base) the session was authorized for; tokens work only there. */
  persona?: Persona;
}

export interface SignOptions {
  lifetimeSeconds: number;
  /** `expire-now`: issue a token whose exp is already in the past. */
  alreadyExpired?: boolean;
}

export async function signToken(
  keys: SandboxKeys,
  kind: TokenKind,
  claims: Record<string, unknown>,
  options: SignOptions,
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const exp = options.alreadyExpired === true ? now - 60 : now + options.lifetimeSeconds;
  return new SignJWT({ ...claims, kind })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setIssuedAt(now)
    .setExpirationTime(exp)
    .setJti(randomUUID())
    .sign(keys.secret);
}

export async function verifyToken(keys: SandboxKeys, kind: TokenKind, token: string): Promise<JWTPayload> {
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, keys.secret, { algorithms: ["HS256"] }));
  } catch (error) {
    const expired = error instanceof Error && "code" in error && error.code === "ERR_JWT_EXPIRED";
    throw new TokenError(expired ? `The ${kind} token has expired` : `The ${kind} token is not valid`);
  }
  if (payload.kind !== kind) throw new TokenError(`The ${kind} token is not valid`);
  return payload;
}

export function stringClaim(payload: JWTPayload, name: string): string | undefined {
  const value = payload[name];
  return typeof value === "string" ? value : undefined;
}

export function requireClaim(payload: JWTPayload, name: string): string {
  const value = stringClaim(payload, name);
  if (value === undefined) throw new TokenError(`Token claim ${name} is missing`);
  return value;
}

export function readSessionClaims(payload: JWTPayload): SessionClaims {
  const launchType = requireClaim(payload, "launchType");
  if (launchType !== "ehr" && launchType !== "standalone")
    throw new TokenError("Token launchType is invalid");
  const claims: SessionClaims = {
    sid: requireClaim(payload, "sid"),
    patient: requireClaim(payload, "patient"),
    opts: stringClaim(payload, "opts") ?? "",
    launchType,
  };
  const encounter = stringClaim(payload, "encounter");
  if (encounter !== undefined) claims.encounter = encounter;
  const persona = stringClaim(payload, "persona");
  if (persona === "provider" || persona === "patient") claims.persona = persona;
  return claims;
}
